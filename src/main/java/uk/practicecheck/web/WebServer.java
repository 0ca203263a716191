package uk.practicecheck.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.practicecheck.audit.AuditResult;
import uk.practicecheck.catalogue.Recommendation;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.report.JsonReportWriter;

/**
 * The web page and JSON API for team managers: upload case files, read the report. Uploads are
 * held in memory for the length of one request and never written to disk; every failure is
 * answered with a readable message, never a stack trace.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String PROBLEM_ATTRIBUTE = "practicecheck.problem";
    /** The page's files on the class path, under a name no other jar is likely to use. */
    private static final String STATIC_DIRECTORY = "/practicecheck-web";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /**
     * Where and how the server listens.
     *
     * @param host           the address to bind; loopback unless the operator chooses otherwise
     * @param port           the port, or 0 for any free port
     * @param maxUploadBytes the largest request body accepted
     * @param spoolDirectory where the multipart parser would spill large parts to disk; it never does,
     *                       as the in-memory threshold equals the upload limit (a test watches it stays empty)
     */
    public record Settings(String host, int port, long maxUploadBytes, Path spoolDirectory) {
        public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

        /** Settings with the system temporary directory named as the (unused) spool directory. */
        public Settings(String host, int port, long maxUploadBytes) {
            this(host, port, maxUploadBytes, Path.of(System.getProperty("java.io.tmpdir")));
        }

        public Settings {
            if (maxUploadBytes < 1 || maxUploadBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("the upload limit must be between 1 byte and 2 GB");
            }
        }
    }

    private final ReportService service;
    private final Uploads uploads;
    private final Clock clock;
    private final String version;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private final Javalin app;

    private WebServer(ReportService service, Settings settings, Clock clock, String version) {
        this.service = service;
        this.uploads = new Uploads(settings.maxUploadBytes());
        this.clock = clock;
        this.version = version;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = settings.maxUploadBytes();
            config.jetty.defaultHost = settings.host();
            config.jetty.defaultPort = settings.port();
            config.jetty.multipartConfig.cacheDirectory(settings.spoolDirectory().toString());
            config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) settings.maxUploadBytes(), SizeUnit.BYTES);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = STATIC_DIRECTORY;
                files.location = Location.CLASSPATH;
            });
        });
        routes();
    }

    /** Starts a server; stop it with {@link #close()}. */
    public static WebServer start(ReportService service, Settings settings, Clock clock, String version) {
        WebServer server = new WebServer(service, settings, clock, version);
        server.app.start();
        return server;
    }

    /** The port listened on (the one chosen, when 0 was asked for). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes() {
        app.before(WebServer::securityHeaders);
        app.get("/rules", ctx -> ctx.html(HtmlPages.rules(service.ruleBook().rules(), service.catalogue(),
                service.policy().name())));
        app.get("/api/health", ctx -> ctx.json(health()));
        app.get("/api/rules", ctx -> ctx.json(Map.of("rules", rules())));
        app.post("/api/check", this::check);
        app.post("/api/audit", this::audit);

        app.exception(WebProblem.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage(), e.details()));
        app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), words(e, ctx), List.of()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, 500, "Something went wrong on the server, not with your upload. The error was logged.",
                    List.of());
        });
        app.error(404, ctx -> {
            if (!isProblemBody(ctx)) {
                problem(ctx, 404, "There is no page at " + ctx.path() + ".", List.of());
            }
        });
        app.error(405, ctx -> {
            if (!isProblemBody(ctx)) {
                problem(ctx, 405, ctx.method() + " is not accepted at " + ctx.path() + ".", List.of());
            }
        });
    }

    private void check(Context ctx) throws IOException {
        Uploads.Submission submission = uploads.read(ctx, LocalDate.now(clock));
        AuditResult result = service.check(CaseRecords.inputs(submission.files()), submission.asOf());
        if (result.cases().isEmpty()) {
            throw new WebProblem(422, "No case could be read from the upload: "
                    + (result.rejections().size() == 1 ? "the record was" : "every record was") + " rejected.",
                    result.rejections().stream().map(Rejection::describe).toList());
        }
        StringWriter body = new StringWriter();
        new JsonReportWriter().write(result, body);
        ctx.contentType(ContentType.APPLICATION_JSON).result(body.toString());
    }

    /** The aggregated report of {@code audit}; {@code format} json (default), html, csv or md, as a download. */
    private void audit(Context ctx) throws IOException {
        String formatName = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        ReportService.AuditFormat format;
        try {
            format = ReportService.AuditFormat.valueOf(formatName);
        } catch (IllegalArgumentException e) {
            throw new WebProblem(400, "The format '" + formatName + "' is not offered: use json, html, csv or md.");
        }
        Uploads.Submission submission = uploads.read(ctx, LocalDate.now(clock));
        StringWriter body = new StringWriter();
        AuditSummary summary = service.audit(CaseRecords.inputs(submission.files()), submission.asOf(), format, body);
        if (summary.evaluated() == 0) {
            throw new WebProblem(422, "No case could be read from the upload: "
                    + (summary.rejected() == 1 ? "the record was" : "every record was") + " rejected.",
                    summary.rejections().stream().map(Rejection::describe).toList());
        }
        ctx.header("Content-Disposition", "attachment; filename=\"practice-check-audit-" + submission.asOf() + "."
                + format.name() + "\"");
        ctx.contentType(format.mediaType + "; charset=utf-8").result(body.toString());
    }

    private Map<String, Object> health() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("version", version);
        health.put("rules", service.ruleBook().rules().size());
        health.put("policy", service.policy().name());
        health.put("maxUploadBytes", uploads.maxBytes());
        return health;
    }

    /** A rule with the words and source of each recommendation it enforces. */
    record RuleEntry(String id, String title, String severity, String appliesTo, String since,
                     List<Object> recommendations) {
    }

    /** A recommendation id the catalogue does not hold. */
    record UncataloguedRecommendation(String id, String note) {
    }

    private List<RuleEntry> rules() {
        List<RuleEntry> entries = new ArrayList<>();
        for (RuleInfo rule : service.ruleBook().rules()) {
            List<Object> recommendations = new ArrayList<>();
            for (String id : rule.recommendationIds()) {
                recommendations.add(service.catalogue().find(id).<Object>map(Recommendation.class::cast)
                        .orElse(new UncataloguedRecommendation(id, "not in the catalogue")));
            }
            entries.add(new RuleEntry(rule.id(), rule.title(), rule.severity().name(), rule.appliesTo(), rule.since(),
                    recommendations));
        }
        return entries;
    }

    /** Javalin's own refusals (no such page, method not allowed, body too large) in words. */
    private String words(HttpResponseException e, Context ctx) {
        switch (e.getStatus()) {
            case 404:
                return "There is no page at " + ctx.path() + ".";
            case 405:
                return ctx.method() + " is not accepted at " + ctx.path() + ".";
            case 413:
                return "The upload is too large: the limit is " + Uploads.megabytes(uploads.maxBytes()) + ".";
            default:
                return HtmlPages.statusWords(e.getStatus());
        }
    }

    /** Answers with a message: JSON for the API and for clients that ask for it, a page otherwise. */
    private static void problem(Context ctx, int status, String message, List<String> details) {
        ctx.status(status);
        ctx.attribute(PROBLEM_ATTRIBUTE, Boolean.TRUE);
        if (wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", HtmlPages.statusWords(status));
            body.put("message", message);
            if (!details.isEmpty()) {
                body.put("details", details);
            }
            ctx.json(body);
        } else {
            ctx.html(HtmlPages.error(status, message, details));
        }
    }

    private static boolean isProblemBody(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(PROBLEM_ATTRIBUTE));
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || (accept != null && accept.contains("application/json")
                && !accept.contains("text/html"));
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }
}
