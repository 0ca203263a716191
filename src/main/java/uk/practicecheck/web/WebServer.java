package uk.practicecheck.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.practicecheck.audit.AuditResult;
import uk.practicecheck.catalogue.Recommendation;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.policy.StatutorySource;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.auth.Principal;
import uk.practicecheck.auth.Role;
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
    private static final String STARTED = "practicecheck.started";
    private static final String COUNTS = "practicecheck.counts";
    /** The page's files on the class path, under a name no other jar is likely to use. */
    private static final String STATIC_DIRECTORY = "/practicecheck-web";
    /** Seconds a client refused for being one upload too many is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 10;

    /**
     * Where and how the server listens.
     *
     * @param host                 the address to bind; loopback unless the operator chooses otherwise
     * @param port                 the port, or 0 for any free port
     * @param maxUploadBytes       the largest request body accepted
     * @param spoolDirectory       where the multipart parser would spill large parts to disk; it never does,
     *                             as the in-memory threshold equals the upload limit (a test watches it stays empty)
     * @param idleTimeout          how long a connection may send nothing before it is closed
     * @param uploadTimeout        how long an upload's body may take to arrive in full
     * @param maxConcurrentUploads how many uploads are read or checked at once; more are answered 503
     */
    public record Settings(String host, int port, long maxUploadBytes, Path spoolDirectory, Duration idleTimeout,
                           Duration uploadTimeout, int maxConcurrentUploads) {
        public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
        public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
        public static final Duration DEFAULT_UPLOAD_TIMEOUT = Duration.ofSeconds(120);
        public static final int DEFAULT_MAX_CONCURRENT_UPLOADS = 8;

        /** Settings with the system temporary directory named as the (unused) spool directory. */
        public Settings(String host, int port, long maxUploadBytes) {
            this(host, port, maxUploadBytes, Path.of(System.getProperty("java.io.tmpdir")));
        }

        /** Settings with the default timeouts and number of concurrent uploads. */
        public Settings(String host, int port, long maxUploadBytes, Path spoolDirectory) {
            this(host, port, maxUploadBytes, spoolDirectory, DEFAULT_IDLE_TIMEOUT, DEFAULT_UPLOAD_TIMEOUT,
                    DEFAULT_MAX_CONCURRENT_UPLOADS);
        }

        public Settings {
            if (maxUploadBytes < 1 || maxUploadBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("the upload limit must be between 1 byte and 2 GB");
            }
            if (maxConcurrentUploads < 1) {
                throw new IllegalArgumentException("at least one upload must be allowed at a time");
            }
        }
    }

    /**
     * How the server is deployed for a team; {@link #LOCAL} is one person's loopback server.
     *
     * @param signIn                 sign-in and access by role, or null for none (loopback only)
     * @param accessLog              who signed in and ran what
     * @param tls                    HTTPS served directly, or null for plain HTTP
     * @param trustForwardedHeaders  believe a reverse proxy's {@code Forwarded}/{@code X-Forwarded-*}
     *                               headers (client address, https); only when every request comes through it
     */
    public record Deployment(SignIn signIn, AccessLog accessLog, Tls tls, boolean trustForwardedHeaders) {
        public static final Deployment LOCAL = new Deployment(null, AccessLog.NONE, null, false);
    }

    /**
     * HTTPS from a keystore (PKCS#12 or JKS) holding the server's key and certificate chain.
     *
     * @param keystore the keystore file
     * @param password its password (read from the environment or a file, never the command line)
     */
    public record Tls(Path keystore, String password) {
        @Override
        public String toString() {
            return "Tls[keystore=" + keystore + "]";
        }
    }

    private final ReportService service;
    private final Uploads uploads;
    private final Semaphore uploadSlots;
    private final Clock clock;
    private final String version;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private final Javalin app;
    private final TrendsView trends;
    /** Null when the server has no sign-in (served on loopback only). */
    private final SignIn signIn;
    private final AccessLog accessLog;

    private WebServer(ReportService service, Settings settings, Clock clock, String version, TrendsView trends,
                      Deployment deployment) {
        this.service = service;
        this.trends = trends;
        this.signIn = deployment.signIn();
        this.accessLog = deployment.accessLog();
        this.uploads = new Uploads(settings.maxUploadBytes(), settings.uploadTimeout(), settings.spoolDirectory());
        this.uploadSlots = new Semaphore(settings.maxConcurrentUploads());
        this.clock = clock;
        this.version = version;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = settings.maxUploadBytes();
            config.jetty.modifyHttpConfiguration(http -> {
                if (deployment.trustForwardedHeaders()) {
                    http.addCustomizer(new ForwardedRequestCustomizer());
                }
                http.addCustomizer(SecurityHeaders.customizer());
                http.setIdleTimeout(settings.idleTimeout().toMillis());
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = deployment.tls() == null
                        ? new ServerConnector(server, new HttpConnectionFactory(http))
                        : httpsConnector(server, http, deployment.tls());
                connector.setHost(settings.host());
                connector.setPort(settings.port());
                connector.setIdleTimeout(settings.idleTimeout().toMillis());
                return connector;
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorAnswers()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ErrorAnswers()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = STATIC_DIRECTORY;
                files.location = Location.CLASSPATH;
                files.headers = Map.of();
            });
        });
        routes();
    }

    /** Starts a server; stop it with {@link #close()}. */
    public static WebServer start(ReportService service, Settings settings, Clock clock, String version) {
        return start(service, settings, clock, version, TrendsView.NONE);
    }

    /** Starts a server whose trends page shows {@code trends} (from {@code serve --history}). */
    public static WebServer start(ReportService service, Settings settings, Clock clock, String version,
                                  TrendsView trends) {
        return start(service, settings, clock, version, trends, Deployment.LOCAL);
    }

    /** Starts a server deployed for a team: sign-in, access log, TLS, a reverse proxy. */
    public static WebServer start(ReportService service, Settings settings, Clock clock, String version,
                                  TrendsView trends, Deployment deployment) {
        WebServer server = new WebServer(service, settings, clock, version, trends, deployment);
        server.app.start();
        return server;
    }

    /**
     * An HTTPS connector: the keystore's certificate, TLS 1.2 and later (Jetty's defaults exclude the
     * weak protocols and ciphers), and {@code Strict-Transport-Security} on every answer.
     */
    private static ServerConnector httpsConnector(org.eclipse.jetty.server.Server server, HttpConfiguration http,
                                                  Tls tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(tls.password());
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setStsMaxAge(Duration.ofDays(365).toSeconds());
        https.addCustomizer(secure);
        return new ServerConnector(server, new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(https));
    }

    /** The port listened on (the one chosen, when 0 was asked for). */
    public int port() {
        return app.port();
    }

    /** Every endpoint registered, as "METHOD /path" (static files apart), for the test that walks them all. */
    List<String> endpoints() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(e -> e.getEndpoint().getMethod().name() + " " + e.getEndpoint().getPath()).toList();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes() {
        if (accessLog != AccessLog.NONE) {
            app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
            app.after(this::logRequest);
        }
        if (signIn != null) {
            signIn.install(app);
        }
        app.get("/rules", ctx -> ctx.html(HtmlPages.rules(service.ruleBook().rules(), service.catalogue(),
                service.policy())));
        app.get("/trends", ctx -> ctx.html(HtmlPages.trends(trendsFor(SignIn.principal(ctx)))));
        app.get("/api/health", ctx -> ctx.json(health()));
        app.get("/api/rules", ctx -> ctx.json(Map.of("rules", rules())));
        app.post("/api/check", ctx -> oneUploadOf(ctx, this::check));
        app.post("/api/audit", ctx -> oneUploadOf(ctx, this::audit));

        app.exception(WebProblem.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            problem(ctx, e.status(), e.getMessage(), e.details());
        });
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

    /**
     * Runs an upload's handler if fewer than the maximum are under way, else answers 503 at once,
     * without reading the body: slow or many uploads cannot take every thread, so the page and
     * {@code /api/health} keep answering.
     */
    private void oneUploadOf(Context ctx, Handler upload) throws Exception {
        if (!uploadSlots.tryAcquire()) {
            throw WebProblem.busy("The server is busy with other uploads; try again in " + RETRY_AFTER_SECONDS
                    + " seconds.", RETRY_AFTER_SECONDS);
        }
        try {
            upload.handle(ctx);
        } finally {
            uploadSlots.release();
        }
    }

    private void check(Context ctx) throws IOException {
        CaseRecords.Prepared cases = CaseRecords.prepare(uploads.read(ctx, LocalDate.now(clock)), uploads.maxBytes());
        AuditResult result = service.check(cases.inputs(), cases.asOf());
        ctx.attribute(COUNTS, counts(result.recordsRead(), result.cases().size(), result.rejections().size()));
        noCaseRead(result.cases().size(), result.rejections());
        ownTeamsOnly(SignIn.principal(ctx), result);
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
        CaseRecords.Prepared cases = CaseRecords.prepare(uploads.read(ctx, LocalDate.now(clock)), uploads.maxBytes());
        StringWriter body = new StringWriter();
        AuditSummary summary = service.audit(cases.inputs(), cases.asOf(), format, body);
        ctx.attribute(COUNTS, counts(summary.recordsRead(), summary.evaluated(), summary.rejections().size()));
        noCaseRead(summary.evaluated(), summary.rejections());
        ctx.header("Content-Disposition", "attachment; filename=\"practice-check-audit-" + cases.asOf() + "."
                + format.name() + "\"");
        ctx.contentType(format.mediaType + "; charset=utf-8").result(body.toString());
    }

    /** A 422 when no case was evaluated: every record rejected (each listed), or none there at all. */
    private static void noCaseRead(long evaluated, List<Rejection> rejections) {
        if (evaluated > 0) {
            return;
        }
        if (rejections.isEmpty()) {
            throw new WebProblem(422, "The upload holds no case records (an empty array or file): nothing was checked.");
        }
        throw new WebProblem(422, "No case could be read from the upload: "
                + (rejections.size() == 1 ? "the record was" : "every record was") + " rejected.",
                rejections.stream().map(Rejection::describe).toList());
    }

    /** Every team's trends, or for someone who sees only their own teams (a team manager), those teams'. */
    private String trendsFor(Principal who) throws Exception {
        return who == null || who.has(Role.QA) ? trends.sectionsHtml() : trends.teamSectionsHtml(who::sees);
    }

    /**
     * A team manager may check only their own teams' cases: an upload holding others' (or cases with
     * no team) is refused whole, with how many and which teams are theirs, and shows none of it.
     */
    private static void ownTeamsOnly(Principal who, AuditResult result) {
        if (who == null) {
            return;
        }
        long others = result.cases().stream().filter(c -> !who.sees(c.team())).count();
        if (others > 0) {
            throw new WebProblem(403, "You may check only your own teams' cases (" + (who.teams().isEmpty()
                    ? "your account has no team" : String.join(", ", who.teams())) + "), but " + others
                    + (others == 1 ? " case" : " cases") + " in this upload belong to another team or to none. "
                    + "Nothing from the upload is shown.");
        }
    }

    private static Map<String, Long> counts(long records, long cases, long rejected) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("records", records);
        counts.put("cases", cases);
        counts.put("rejected", rejected);
        return counts;
    }

    /** One line of the access log for a request, page scripts and style apart; never a path nobody routes. */
    private void logRequest(Context ctx) {
        if (ctx.path().endsWith(".js") || ctx.path().endsWith(".css")) {
            return;
        }
        String route = RouteAccess.find(ctx.method().name(), ctx.path()).map(RouteAccess.Route::path)
                .orElse("(no such page)");
        Long started = ctx.attribute(STARTED);
        long millis = started == null ? 0 : (System.nanoTime() - started) / 1_000_000;
        Map<String, Long> counts = ctx.attribute(COUNTS);
        accessLog.request(SignIn.principal(ctx), ctx.method().name(), route, ctx.statusCode(), millis,
                counts == null ? Map.of() : counts, ctx.ip());
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

    /**
     * A rule with the words and source of each recommendation that asks for what it checks, and the
     * statutory sources it cites through the policy for what none asks for.
     */
    record RuleEntry(String id, String title, String severity, String appliesTo, String since,
                     List<Object> recommendations, List<StatutorySource> statutory) {
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
                    recommendations, service.policy().statutorySources(rule.statutory())));
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
        if (ErrorAnswers.wantsJson(ctx.path(), ctx.header("Accept"))) {
            ctx.contentType(ContentType.APPLICATION_JSON).result(ErrorAnswers.json(status, message, details));
        } else {
            ctx.html(HtmlPages.error(status, message, details));
        }
    }

    private static boolean isProblemBody(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(PROBLEM_ATTRIBUTE));
    }
}
