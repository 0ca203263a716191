package uk.practicecheck.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.policy.Policy;
import uk.practicecheck.history.History;
import uk.practicecheck.history.HistoryException;
import uk.practicecheck.history.HistoryLocation;
import uk.practicecheck.history.TrendsPage;
import uk.practicecheck.web.ReportService;
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
                    + "Any other address lets other computers upload case records with no sign-in, so it is refused "
                    + "unless --allow-unauthenticated-network is given too.")
    String host;

    @Option(names = "--allow-unauthenticated-network",
            description = "Let --host name an address other computers can reach, although the server has no sign-in: "
                    + "anyone who can reach it can upload case records and read the reports.")
    boolean allowUnauthenticatedNetwork;

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
        if (!isLoopback(host) && !allowUnauthenticatedNetwork) {
            err.println("practice-check: --host " + host + " would let other computers upload case records with no "
                    + "sign-in; serve on 127.0.0.1, or add --allow-unauthenticated-network if this network is trusted.");
            return ExitCodes.USAGE;
        }
        RuleOptions.Loaded loaded = ruleOptions.load(err);
        if (loaded == null) {
            return ExitCodes.CONFIGURATION_ERROR;
        }
        RuleBook ruleBook = loaded.ruleBook();
        Policy policy = loaded.policy();
        if (!isLoopback(host)) {
            err.println("practice-check: warning: listening on " + host + ", so other computers can reach this "
                    + "server and upload case records. There is no sign-in; use this only on a trusted network.");
            err.flush();
        }
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
                new VersionProvider().getVersion()[0], trends);
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

    /** The trends page's sections, read under a lock since the history has one connection. */
    private static TrendsView trendsView(History history) {
        if (history == null) {
            return TrendsView.NONE;
        }
        return () -> {
            synchronized (history) {
                return TrendsPage.sections(history);
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
