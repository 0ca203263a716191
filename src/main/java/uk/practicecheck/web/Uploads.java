package uk.practicecheck.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Reads what a request uploaded: the files of a multipart form, or a raw body of JSON, NDJSON or
 * a workbook. Everything is held in memory and bounded by the upload limit; nothing is written to disk.
 */
final class Uploads {
    static final String RAW_BODY_NAME = "request body";

    private final long maxBytes;

    Uploads(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * What one request submitted.
     *
     * @param files the uploaded files, in the order sent
     * @param asOf  the date to judge the cases on
     */
    record Submission(List<Upload> files, LocalDate asOf) {
    }

    /** The files and the as-of date (form field or query parameter {@code asOf}; today when absent). */
    Submission read(Context ctx, LocalDate today) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        if (ctx.isMultipartFormData()) {
            List<Upload> files = multipartFiles(ctx);
            return new Submission(files, asOf(multipart(() -> ctx.formParam("asOf")), ctx, today));
        }
        return new Submission(rawBody(ctx), asOf(null, ctx, today));
    }

    private List<Upload> rawBody(Context ctx) {
        String type = mediaType(ctx);
        if (type.isEmpty()) {
            throw new WebProblem(415, "Say what the request body is: Content-Type application/json, "
                    + "application/x-ndjson or " + Upload.Kind.WORKBOOK_TYPE
                    + " (or send a multipart form).");
        }
        byte[] body = boundedBody(ctx);
        if (body.length == 0) {
            throw new WebProblem(400, "The request body is empty: send case summaries to check.");
        }
        Upload file = new Upload(RAW_BODY_NAME, type, body);
        if (!List.of("application/json", "application/x-ndjson", "application/ndjson", "application/jsonl",
                Upload.Kind.WORKBOOK_TYPE).contains(type)) {
            throw new WebProblem(415, "Content-Type " + type + " is not accepted: send application/json, "
                    + "application/x-ndjson or an xlsx workbook.");
        }
        return List.of(file);
    }

    private static LocalDate asOf(String formValue, Context ctx, LocalDate today) {
        String text = formValue;
        if (text == null || text.isBlank()) {
            text = ctx.queryParam("asOf");
        }
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new WebProblem(400, "The as-of date '" + text + "' is not a date: use YYYY-MM-DD, such as 2026-06-01.");
        }
    }

    /**
     * Runs a step that makes Jetty parse the multipart body, translating its failures: its size
     * limits (a body sent without a length is only measured as it is read) and malformed forms.
     */
    private <T> T multipart(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("exceeds max")) {
                    throw tooLarge();
                }
            }
            throw new WebProblem(400, "The upload could not be read as a multipart form.");
        }
    }

    private List<Upload> multipartFiles(Context ctx) {
        List<UploadedFile> parts = multipart(ctx::uploadedFiles);
        List<Upload> files = new ArrayList<>();
        for (UploadedFile part : parts) {
            String name = part.filename() == null || part.filename().isBlank() ? "upload" : part.filename();
            try (InputStream in = part.content()) {
                files.add(new Upload(name, stripParameters(part.contentType()),
                        in.readAllBytes()));
            } catch (IOException e) {
                throw new WebProblem(400, "The file " + name + " could not be read from the upload.");
            }
        }
        if (files.isEmpty()) {
            throw new WebProblem(400, "No file was uploaded: choose case files (.json or .ndjson) or a workbook.");
        }
        return files;
    }

    private byte[] boundedBody(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new WebProblem(400, "The request body could not be read.");
        }
    }

    private WebProblem tooLarge() {
        return new WebProblem(413, "The upload is too large: the limit is " + megabytes(maxBytes)
                + ". Split the cases over several uploads, or use the audit command for a whole cohort.");
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
