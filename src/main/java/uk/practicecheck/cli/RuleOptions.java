package uk.practicecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Option;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.RuleBookCache;
import uk.practicecheck.engine.RuleBookCompiler;
import uk.practicecheck.engine.RuleBookException;
import uk.practicecheck.engine.RuleSource;
import uk.practicecheck.engine.RuleSources;
import uk.practicecheck.policy.Policy;
import uk.practicecheck.policy.PolicyLoader;

/** The options every evaluating command shares: which rules, and which policy. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of extra .drl rules; a file with the same path as a bundled rule replaces it. Repeatable.")
    List<Path> ruleDirectories = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Local timescales overriding the statutory defaults (same shape as default-policy.json).")
    Path policyFile;

    /** The rule book and policy a command evaluates with. */
    record Loaded(RuleBook ruleBook, Policy policy) {
    }

    /**
     * Loads the policy and compiles the rules; when either cannot be loaded, says why on {@code err}
     * and returns null (the command then exits with {@link ExitCodes#CONFIGURATION_ERROR}).
     */
    Loaded load(PrintWriter err) throws InterruptedException {
        return load(err, () -> { });
    }

    /**
     * As {@link #load(PrintWriter)}, running {@code meanwhile} on this thread once the policy is loaded,
     * while the rule book may still be loading on its own: set-up that needs neither, done in time that
     * would otherwise be spent waiting.
     */
    Loaded load(PrintWriter err, Runnable meanwhile) throws InterruptedException {
        // Loading the rule book is most of a cold start; the policy (and with it Jackson) loads
        // meanwhile on this thread. Errors are reported in the same order as before: policy first.
        FutureTask<RuleBook> rules = new FutureTask<>(this::ruleBook);
        Thread loader = new Thread(rules, "rule-book-loader");
        loader.setDaemon(true);
        loader.start();
        try {
            Policy policy = policy();
            meanwhile.run();
            return new Loaded(loaded(rules), policy);
        } catch (RuleBookException e) {
            err.println("The rules could not be loaded:");
            e.problems().forEach(p -> err.println("  " + p));
        } catch (PolicyLoader.PolicyException | IOException e) {
            err.println("practice-check: " + e.getMessage());
        }
        return null;
    }

    private static RuleBook loaded(FutureTask<RuleBook> rules) throws RuleBookException, IOException, InterruptedException {
        try {
            return rules.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuleBookException ruleBookException) {
                throw ruleBookException;
            }
            if (cause instanceof IOException ioException) {
                throw ioException;
            }
            if (cause instanceof RuntimeException runtimeException) {
                throw runtimeException;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    RuleBook ruleBook() throws RuleBookException, IOException {
        return RuleBookCompiler.compile(ruleSources(), RuleBookCache.standard(System.getenv()));
    }

    /** The rule files in force: the bundled rules with each {@code --rules} folder laid over them. */
    List<RuleSource> ruleSources() throws IOException {
        List<List<RuleSource>> overlays = new ArrayList<>();
        for (Path directory : ruleDirectories) {
            overlays.add(RuleSources.fromDirectory(directory));
        }
        return RuleSources.layered(RuleSources.bundled(), overlays);
    }

    Policy policy() throws PolicyLoader.PolicyException {
        return PolicyLoader.load(policyFile);
    }
}
