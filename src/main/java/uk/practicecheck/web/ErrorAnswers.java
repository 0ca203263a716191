package uk.practicecheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers to requests refused before the app sees them: Jetty's own errors (a request line
 * it cannot parse, headers too large, an ambiguous path). They carry the same headers as every
 * other response and the same body as the app's errors, {@code {"status","error","message"}} (a
 * page for browsers), in words and never with a stack trace.
 */
final class ErrorAnswers extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    ErrorAnswers() {
        setShowStacks(false);
        setShowServlet(false);
        setCacheControl(SecurityHeaders.HEADERS.get("Cache-Control"));
    }

    /** An error Jetty raised while handling a request it could parse (such as an ambiguous path). */
    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        SecurityHeaders.applyTo(response);
        int status = response.getStatus();
        String message = message(status, (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE),
                request.getRequestURI());
        byte[] body;
        if (wantsJson(request.getRequestURI(), request.getHeader("Accept"))) {
            response.setContentType("application/json");
            body = json(status, message, List.of());
        } else {
            response.setContentType("text/html;charset=utf-8");
            body = HtmlPages.error(status, message, List.of()).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A request Jetty could not parse at all (a bad request line, oversized headers): no path, so JSON. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.applyTo(fields);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(json(status, message(status, reason, null), List.of()));
    }

    /** The body of an error answer, as the API gives it. */
    static byte[] json(int status, String message, List<String> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", words(status));
        body.put("message", message);
        if (!details.isEmpty()) {
            body.put("details", details);
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean wantsJson(String path, String accept) {
        return path == null || path.startsWith("/api/")
                || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
    }

    /** A status in words, as the body's {@code error} names it. */
    static String words(int status) {
        switch (status) {
            case 408: return "Request took too long";
            case 414: return "Address too long";
            case 431: return "Request headers too large";
            case 505: return "HTTP version not supported";
            default: return HtmlPages.statusWords(status);
        }
    }

    private static String message(int status, String reason, String path) {
        switch (status) {
            case 404:
                return path == null ? "There is no such page." : "There is no page at " + path + ".";
            case 408:
                return "The request took too long to arrive, so the server stopped waiting for it.";
            case 413:
                return "The request is too large.";
            case 414:
                return "The address asked for is too long.";
            case 431:
                return "The request's headers are too large.";
            case 505:
                return "The server could not understand the request: it speaks HTTP/1.1.";
            default:
                if (status >= 500) {
                    return "Something went wrong on the server, not with your request.";
                }
                boolean saysMore = reason != null && !reason.isBlank() && !reason.equals(HttpStatus.getMessage(status));
                return "The server could not understand the request" + (saysMore ? " (" + reason + ")" : "") + ".";
        }
    }
}
