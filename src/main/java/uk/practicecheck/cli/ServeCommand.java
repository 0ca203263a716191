package uk.practicecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.net.URI;
import java.time.Duration;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.practicecheck.auth.LocalUsers;
import uk.practicecheck.auth.OpenIdConnect;
import uk.practicecheck.auth.Passwords;
import uk.practicecheck.auth.Sessions;
import uk.practicecheck.auth.SignInThrottle;
import uk.practicecheck.auth.SignInSetupException;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.policy.Policy;
import uk.practicecheck.history.History;
import uk.practicecheck.history.HistoryException;
import uk.practicecheck.history.HistoryLocation;
import uk.practicecheck.history.TrendsPage;
import uk.practicecheck.web.AccessLog;
import uk.practicecheck.web.ReportService;
import uk.practicecheck.web.SignIn;
import uk.practicecheck.web.TrendsView;
import uk.practicecheck.web.WebServer;

/** {@code serve}: the web page and API for team managers, until stopped with Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web page where team managers upload case files and read the report, "
                + "and the JSON API behind it.",
            "Uploads are held in memory for one request only and never written to disk."})
final class ServeCommand implements Callable<Integer> {
    static final String TLS_PASSWORD_VARIABLE = "PRACTICE_CHECK_TLS_KEYSTORE_PASSWORD";
    static final String OIDC_SECRET_VARIABLE = "PRACTICE_CHECK_OIDC_CLIENT_SECRET";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on (0 for any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind. Default: ${DEFAULT-VALUE} (this computer only). "
                    + "Any other address lets other computers reach the server, so it needs sign-in (--users).")
    String host;

    @Option(names = "--users", paramLabel = "FILE",
            description = "Ask everyone to sign in, with the names, passwords and roles in this users file "
                    + "(made with 'practice-check users add'). See docs/deployment.md.")
    Path usersFile;

    @Option(names = "--oidc-issuer", paramLabel = "URL",
            description = "Sign in with this OpenID Connect identity provider (e.g. "
                    + "https://login.microsoftonline.com/TENANT/v2.0). Needs --oidc-client-id and --public-url; the "
                    + "client secret comes from --oidc-client-secret-file or $" + OIDC_SECRET_VARIABLE + ".")
    URI oidcIssuer;

    @Option(names = "--oidc-client-id", paramLabel = "ID", description = "This server's client (application) id there.")
    String oidcClientId;

    @Option(names = "--oidc-client-secret-file", paramLabel = "FILE",
            description = "A file whose first line is the client secret.")
    Path oidcSecretFile;

    @Option(names = "--oidc-roles-claim", paramLabel = "CLAIM", defaultValue = "roles",
            description = "The ID token claim listing the person's roles. Default: ${DEFAULT-VALUE}.")
    String oidcRolesClaim;

    @Option(names = "--oidc-teams-claim", paramLabel = "CLAIM", defaultValue = "groups",
            description = "The ID token claim listing the person's teams. Default: ${DEFAULT-VALUE}.")
    String oidcTeamsClaim;

    @Option(names = "--oidc-mapping", paramLabel = "FILE",
            description = "Map the claims' values (such as group ids) to roles and teams; without it the values are "
                    + "read as role words and team names.")
    Path oidcMapping;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address people use for this server (e.g. https://practice-check.example.gov.uk); the "
                    + "identity provider sends them back to URL/sign-in/callback.")
    URI publicUrl;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "Serve HTTPS with the key and certificate in this keystore (PKCS#12 or JKS). Its password is "
                    + "read from --tls-keystore-password-file or $" + TLS_PASSWORD_VARIABLE + ", never the command line.")
    Path tlsKeystore;

    @Option(names = "--tls-keystore-password-file", paramLabel = "FILE",
            description = "A file whose first line is the keystore's password.")
    Path tlsPasswordFile;

    @Option(names = "--trust-forwarded-headers",
            description = "Behind a reverse proxy (which serves HTTPS): believe its Forwarded and X-Forwarded-* headers "
                    + "for the client's address and for HTTPS. Only when nothing can reach the server but the proxy; "
                    + "needs sign-in.")
    boolean trustForwardedHeaders;

    @Option(names = "--access-log", paramLabel = "FILE",
            description = "Write who signed in and who ran what (never case data) to this file, one JSON object a "
                    + "line; '-' for standard output.")
    String accessLogFile;

    @Option(names = "--session-idle-minutes", paramLabel = "MINUTES", defaultValue = "30",
            description = "With sign-in: sign out whoever has made no request for this long. Default: ${DEFAULT-VALUE}.")
    int sessionIdleMinutes;

    @Option(names = "--session-hours", paramLabel = "HOURS", defaultValue = "10",
            description = "With sign-in: sign everyone out this long after they signed in. Default: ${DEFAULT-VALUE}.")
    int sessionHours;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "20",
            description = "Largest upload accepted, in megabytes. Default: ${DEFAULT-VALUE}.")
    int maxUploadMegabytes;

    @Option(names = "--history", arity = "0..1", fallbackValue = "", paramLabel = "DB",
            description = "Show a trends page (/trends) from this audit history (see audit --history). Without a "
                    + "value: $" + HistoryLocation.LOCATION_VARIABLE + ", or else ~/.local/share/practice-check/history.db.")
    String history;

    @Mixin
    RuleOptions ruleOptions;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxUploadMegabytes < 1 || maxUploadMegabytes > 1024) {
            err.println("practice-check: --max-upload-mb must be between 1 and 1024");
            return ExitCodes.USAGE;
        }
        boolean signInAsked = usersFile != null || oidcIssuer != null;
        if (!isLoopback(host) && !signInAsked) {
            err.println("practice-check: --host " + host + " would let other computers upload case records with no "
                    + "sign-in: add --users FILE (see 'practice-check users add') or --oidc-issuer URL (see "
                    + "docs/deployment.md), or serve on 127.0.0.1.");
            return ExitCodes.USAGE;
        }
        if (oidcIssuer != null && (oidcClientId == null || publicUrl == null)) {
            err.println("practice-check: --oidc-issuer needs --oidc-client-id and --public-url too.");
            return ExitCodes.USAGE;
        }
        if (trustForwardedHeaders && !signInAsked) {
            err.println("practice-check: --trust-forwarded-headers means a reverse proxy lets other computers reach "
                    + "the server, so it needs sign-in: add --users FILE or --oidc-issuer URL (see docs/deployment.md).");
            return ExitCodes.USAGE;
        }
        if (sessionIdleMinutes < 1 || sessionHours < 1 || sessionIdleMinutes > sessionHours * 60) {
            err.println("practice-check: --session-idle-minutes must be at least 1 and no longer than --session-hours.");
            return ExitCodes.USAGE;
        }
        AccessLog accessLog;
        SignIn signIn;
        try {
            accessLog = accessLog(out);
        } catch (IOException e) {
            err.println("practice-check: the access log " + accessLogFile + " could not be opened: " + e.getMessage()
                    + ".");
            return ExitCodes.CONFIGURATION_ERROR;
        }
        try {
            signIn = signIn(accessLog);
        } catch (SignInSetupException e) {
            err.println("practice-check: " + e.getMessage() + ".");
            return ExitCodes.CONFIGURATION_ERROR;
        }
        WebServer.Tls tls = null;
        if (tlsKeystore != null) {
            String password = tlsPassword(err);
            if (password == null) {
                return ExitCodes.CONFIGURATION_ERROR;
            }
            tls = new WebServer.Tls(tlsKeystore, password);
        }
        RuleOptions.Loaded loaded = ruleOptions.load(err);
        if (loaded == null) {
            return ExitCodes.CONFIGURATION_ERROR;
        }
        RuleBook ruleBook = loaded.ruleBook();
        Policy policy = loaded.policy();
        History opened = null;
        if (history != null) {
            try {
                opened = History.openExisting(HistoryLocation.resolve(history, System.getenv()));
            } catch (HistoryException e) {
                err.println("practice-check: " + e.getMessage());
                return ExitCodes.CONFIGURATION_ERROR;
            }
        }
        TrendsView trends = trendsView(opened);
        ReportService service = new ReportService(ruleBook, policy, RecommendationCatalogue.bundled());
        WebServer.Settings settings = new WebServer.Settings(host, port, maxUploadMegabytes * 1024L * 1024L);
        WebServer server;
        try {
            server = WebServer.start(service, settings, Clock.systemDefaultZone(),
                    new VersionProvider().getVersion()[0], trends,
                    new WebServer.Deployment(signIn, accessLog, tls, trustForwardedHeaders));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            err.println("practice-check: the server could not start on " + host + " port " + port + ": "
                    + cause.getMessage() + (tls == null ? "." : " (is the keystore password right?)."));
            return ExitCodes.CONFIGURATION_ERROR;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "practice-check-serve-shutdown"));
        out.println("practice-check is serving on " + (tls == null ? "http" : "https") + "://" + hostForUrl(host) + ":"
                + server.port() + "/ (press Ctrl+C to stop)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return ExitCodes.ALL_MET;
    }

    private OpenIdConnect openIdConnect(Clock clock) throws SignInSetupException {
        if (oidcIssuer == null) {
            return null;
        }
        String secret;
        if (oidcSecretFile != null) {
            try {
                secret = Files.readAllLines(oidcSecretFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new SignInSetupException("the client secret file " + oidcSecretFile + " cannot be read");
            }
        } else {
            secret = System.getenv(OIDC_SECRET_VARIABLE);
        }
        if (secret == null || secret.isBlank()) {
            throw new SignInSetupException("--oidc-issuer needs the client secret in --oidc-client-secret-file FILE or $"
                    + OIDC_SECRET_VARIABLE);
        }
        String base = publicUrl.toString().replaceAll("/+$", "");
        return OpenIdConnect.discover(new OpenIdConnect.Settings(oidcIssuer, oidcClientId, secret,
                URI.create(base + "/sign-in/callback"), oidcRolesClaim, oidcTeamsClaim,
                oidcMapping == null ? null : OpenIdConnect.Mapping.read(oidcMapping)), clock);
    }

    /** The keystore's password from its file or the environment; null (said why) when neither gives one. */
    private String tlsPassword(PrintWriter err) {
        if (!Files.isReadable(tlsKeystore)) {
            err.println("practice-check: the keystore " + tlsKeystore + " cannot be read.");
            return null;
        }
        if (tlsPasswordFile != null) {
            try {
                return Files.readAllLines(tlsPasswordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                err.println("practice-check: the keystore password file " + tlsPasswordFile + " cannot be read.");
                return null;
            }
        }
        String password = System.getenv(TLS_PASSWORD_VARIABLE);
        if (password == null) {
            err.println("practice-check: --tls-keystore needs its password in --tls-keystore-password-file FILE or $"
                    + TLS_PASSWORD_VARIABLE + ".");
        }
        return password;
    }

    /** The access log asked for, kept open until the process ends. */
    private AccessLog accessLog(PrintWriter out) throws IOException {
        if (accessLogFile == null) {
            return AccessLog.NONE;
        }
        if ("-".equals(accessLogFile)) {
            return new AccessLog(out, Clock.systemUTC());
        }
        return new AccessLog(Files.newBufferedWriter(Path.of(accessLogFile), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), Clock.systemUTC());
    }

    /** Sign-in from the users file and/or the identity provider, or null when none was asked for. */
    private SignIn signIn(AccessLog accessLog) throws SignInSetupException {
        if (usersFile == null && oidcIssuer == null) {
            return null;
        }
        Clock clock = Clock.systemUTC();
        return new SignIn(usersFile == null ? null : new LocalUsers(usersFile, new Passwords()), openIdConnect(clock),
                new Sessions(clock, Duration.ofMinutes(sessionIdleMinutes), Duration.ofHours(sessionHours)),
                new SignInThrottle(clock), accessLog);
    }

    /** The trends page's sections, read under a lock since the history has one connection. */
    private static TrendsView trendsView(History history) {
        if (history == null) {
            return TrendsView.NONE;
        }
        return new TrendsView() {
            @Override
            public String sectionsHtml() throws HistoryException {
                synchronized (history) {
                    return TrendsPage.sections(history);
                }
            }

            @Override
            public String teamSectionsHtml(Predicate<String> teamShown) throws HistoryException {
                synchronized (history) {
                    return TrendsPage.teamSections(history, teamShown);
                }
            }
        };
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
