package uk.practicecheck.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import uk.practicecheck.audit.StreamingAuditor;

/**
 * A one-line progress bar on standard error, redrawn a few times a second, shown only when
 * standard error is a terminal (so never in a pipe, a file or a CI log).
 */
final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;
    private static final long FIRST_DRAW_AFTER_MILLIS = 500;
    private final ScheduledExecutorService timer;
    private final PrintStream err;
    private final Supplier<StreamingAuditor.Progress> progress;
    private final long started = System.nanoTime();
    private boolean drawn;

    private ProgressBar(ScheduledExecutorService timer, PrintStream err, Supplier<StreamingAuditor.Progress> progress) {
        this.timer = timer;
        this.err = err;
        this.progress = progress;
    }

    /** A bar when wanted and standard error is a terminal; otherwise one that does nothing. */
    static ProgressBar startIfTerminal(boolean wanted, Supplier<StreamingAuditor.Progress> progress) {
        if (!wanted || !standardErrorIsTerminal()) {
            return new ProgressBar(null, null, progress);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress-bar");
            thread.setDaemon(true);
            return thread;
        });
        ProgressBar bar = new ProgressBar(timer, System.err, progress);
        timer.scheduleAtFixedRate(bar::draw, FIRST_DRAW_AFTER_MILLIS, 200, TimeUnit.MILLISECONDS);
        return bar;
    }

    /**
     * Whether standard error is a terminal. Java 17 cannot ask about one stream, so on Linux
     * look at what file descriptor 2 is; elsewhere fall back to whether there is a console.
     */
    static boolean standardErrorIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // Not Linux, or not allowed to look: fall back.
        }
        return System.console() != null;
    }

    private synchronized void draw() {
        StreamingAuditor.Progress now = progress.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        String line;
        if (now.totalBytes() > 0) {
            double fraction = Math.min(1.0, (double) now.bytesRead() / now.totalBytes());
            int filled = (int) Math.round(fraction * WIDTH);
            line = String.format(Locale.UK, "[%s%s] %3.0f%% %,d records %.0f s", "#".repeat(filled),
                    "-".repeat(WIDTH - filled), fraction * 100, now.recordsDone(), seconds);
        } else {
            line = String.format(Locale.UK, "%,d records %.0f s", now.recordsDone(), seconds);
        }
        err.print("\r" + line + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /** Stops and clears the bar; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (timer == null || timer.isShutdown()) {
            return;
        }
        timer.shutdownNow();
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
