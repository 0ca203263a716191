package uk.practicecheck.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;

/**
 * The headers every response carries, defined once: the app's answers, the static files and
 * Jetty's own error pages (a bad request line, an ambiguous path) alike. They are put on each
 * response by a Jetty request customizer before anything handles it, and again by
 * {@link ErrorAnswers} on the error responses Jetty builds itself.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** Name to value, in the order they are sent. Case data is never cached, not even the page itself. */
    static final Map<String, String> HEADERS = headers();

    private SecurityHeaders() {
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cache-Control", "no-store");
        return Collections.unmodifiableMap(headers);
    }

    static void applyTo(HttpFields.Mutable fields) {
        HEADERS.forEach(fields::put);
    }

    static void applyTo(HttpServletResponse response) {
        HEADERS.forEach(response::setHeader);
    }

    /** Puts the headers on every response as its request arrives, before any handler runs. */
    static HttpConfiguration.Customizer customizer() {
        return (connector, configuration, request) -> applyTo(request.getResponse().getHttpFields());
    }
}
