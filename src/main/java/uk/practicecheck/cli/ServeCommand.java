package uk.practicecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import uk.practicecheck.auth.Passwords;
import uk.practicecheck.auth.Sessions;
import uk.practicecheck.auth.SignInThrottle;
import uk.practicecheck.auth.UsersFileException;
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
        if (!isLoopback(host) && usersFile == null) {
            err.println("practice-check: --host " + host + " would let other computers upload case records with no "
                    + "sign-in: add --users FILE (see 'practice-check users add' and docs/deployment.md), or serve on "
                    + "127.0.0.1.");
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
        } catch (UsersFileException e) {
            err.println("practice-check: " + e.getMessage() + ".");
            return ExitCodes.CONFIGURATION_ERROR;
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
        WebServer server = WebServer.start(service, settings, Clock.systemDefaultZone(),
                new VersionProvider().getVersion()[0], trends, signIn, accessLog);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "practice-check-serve-shutdown"));
        out.println("practice-check is serving on http://" + hostForUrl(host) + ":" + server.port()
                + "/ (press Ctrl+C to stop)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return ExitCodes.ALL_MET;
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

    /** Sign-in from the users file, or null when none was asked for. */
    private SignIn signIn(AccessLog accessLog) throws UsersFileException {
        if (usersFile == null) {
            return null;
        }
        Clock clock = Clock.systemUTC();
        return new SignIn(new LocalUsers(usersFile, new Passwords()),
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
