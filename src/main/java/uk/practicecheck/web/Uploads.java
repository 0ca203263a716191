package uk.practicecheck.web;

import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.MultiPartFormInputStream;

/**
 * Reads what a request uploaded: the files of a multipart form, or a raw body of JSON, NDJSON or
 * a workbook. The body is read into memory first, bounded by the upload limit and by the time an
 * upload may take, then a form is parsed from memory; nothing is written to disk.
 */
final class Uploads {
    static final String RAW_BODY_NAME = "request body";
    /** More parts than any form of case files needs: each part costs memory and parsing. */
    private static final int MAX_FORM_PARTS = 1000;

    private final long maxBytes;
    private final Duration timeout;
    private final Path spoolDirectory;

    /**
     * @param maxBytes       the largest body accepted
     * @param timeout        the longest a body may take to arrive, from the moment its headers did
     * @param spoolDirectory where the form parser would spill a part larger than the upload limit:
     *                       as no part can be, it never does (a test watches it stays empty)
     */
    Uploads(long maxBytes, Duration timeout, Path spoolDirectory) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.spoolDirectory = spoolDirectory;
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * What one request submitted.
     *
     * @param files the uploaded files, in the order sent
     * @param given the date to judge the cases on, as given; null when none was
     * @param today today, the date to judge them on when none is given and no return says another
     */
    record Submission(List<Upload> files, LocalDate given, LocalDate today) {
        /** The as-of date: as given; otherwise the end of the collection year of a return uploaded (null if none); otherwise today. */
        LocalDate asOf(LocalDate returnsEnd) {
            return given != null ? given : returnsEnd != null ? returnsEnd : today;
        }
    }

    /** The files and the as-of date (form field or query parameter {@code asOf}), if given. */
    Submission read(Context ctx, LocalDate today) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        if (ctx.isMultipartFormData()) {
            List<String> asOf = new ArrayList<>();
            List<Upload> files = multipartFiles(ctx.contentType(), boundedBody(ctx), asOf);
            return new Submission(files, asOf(asOf.isEmpty() ? null : asOf.get(0), ctx), today);
        }
        return new Submission(rawBody(ctx), asOf(null, ctx), today);
    }

    private List<Upload> rawBody(Context ctx) {
        String type = mediaType(ctx);
        if (type.isEmpty()) {
            throw WebProblem.closing(415, "Say what the request body is: Content-Type application/json, "
                    + "application/x-ndjson or " + Upload.Kind.WORKBOOK_TYPE
                    + " (or send a multipart form).");
        }
        if (!List.of("application/json", "application/x-ndjson", "application/ndjson", "application/jsonl",
                Upload.Kind.WORKBOOK_TYPE).contains(type)) {
            throw WebProblem.closing(415, "Content-Type " + type + " is not accepted: send application/json, "
                    + "application/x-ndjson or an xlsx workbook.");
        }
        byte[] body = boundedBody(ctx);
        if (body.length == 0) {
            throw new WebProblem(400, "The request body is empty: send case summaries to check.");
        }
        return List.of(new Upload(RAW_BODY_NAME, type, body));
    }

    /** The as-of date given as a form field or query parameter; null when none is. */
    private static LocalDate asOf(String formValue, Context ctx) {
        String text = formValue;
        if (text == null || text.isBlank()) {
            text = ctx.queryParam("asOf");
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new WebProblem(400, "The as-of date '" + text + "' is not a date: use YYYY-MM-DD, such as 2026-06-01.");
        }
    }

    /** The files of a form read into memory; the value of its {@code asOf} field, if any, is added to {@code asOf}. */
    private List<Upload> multipartFiles(String contentType, byte[] body, List<String> asOf) {
        MultiPartFormInputStream form = new MultiPartFormInputStream(new ByteArrayInputStream(body), contentType,
                new MultipartConfigElement(spoolDirectory.toString(), maxBytes, maxBytes, (int) maxBytes),
                spoolDirectory.toFile(), MAX_FORM_PARTS);
        List<Upload> files = new ArrayList<>();
        try {
            for (Part part : parts(form)) {
                String filename = part.getSubmittedFileName();
                try (InputStream in = part.getInputStream()) {
                    if (filename == null) {
                        if ("asOf".equals(part.getName())) {
                            asOf.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                        continue;
                    }
                    String name = filename.isBlank() ? "upload" : filename;
                    files.add(new Upload(name, stripParameters(part.getContentType()), in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new WebProblem(400, "The upload could not be read as a multipart form.");
        } finally {
            form.deleteParts();
        }
        if (files.isEmpty()) {
            throw new WebProblem(400, "No file was uploaded: choose case files (.json or .ndjson), a workbook or a"
                    + " statutory return.");
        }
        return files;
    }

    /** The form's parts; a malformed form (no boundary, a part without headers, too many parts) is a 400 in words. */
    private static Collection<Part> parts(MultiPartFormInputStream form) {
        try {
            return form.getParts();
        } catch (IOException | RuntimeException e) {
            throw new WebProblem(400, "The upload is not a well-formed multipart form (its boundary or the headers"
                    + " of a part are missing or broken): send the files as a browser form does, or the cases as a"
                    + " JSON body.");
        }
    }

    /**
     * The request body, read in full. It may take {@link #timeout} from now, and a pause longer than the
     * server's idle timeout ends it too: a client trickling bytes cannot hold a thread for long.
     */
    private byte[] boundedBody(Context ctx) {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = ctx.req().getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                body.write(buffer, 0, n);
                if (body.size() > maxBytes) {
                    throw tooLarge();
                }
                if (System.nanoTime() - deadline > 0) {
                    throw tooSlow();
                }
            }
            return body.toByteArray();
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TimeoutException) {
                    throw tooSlow();
                }
            }
            throw WebProblem.closing(400, "The request body could not be read.");
        }
    }

    private WebProblem tooLarge() {
        return WebProblem.closing(413, "The upload is too large: the limit is " + megabytes(maxBytes)
                + ". Split the cases over several uploads, or use the audit command for a whole cohort.");
    }

    private WebProblem tooSlow() {
        return WebProblem.closing(408, "The upload took too long to arrive: it must arrive within "
                + timeout.toSeconds() + " seconds. Try again on a faster connection, or with fewer cases.");
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }

    private static String mediaType(Context ctx) {
        return stripParameters(ctx.contentType());
    }

    private static String stripParameters(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
