package uk.practicecheck.cli;

/** The process exit codes, documented in the README. */
public final class ExitCodes {
    /** Every record evaluated and no rule not met (not yet due and cannot tell do not count as failures). */
    public static final int ALL_MET = 0;
    /** Every record evaluated and at least one rule not met (or failed) for some case. */
    public static final int SOME_NOT_MET = 1;
    /** {@code rules test} or {@code rules lint} found a failing fixture or a problem in a rule. */
    public static final int PROBLEMS_FOUND = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** At least one input record could not be read; the rest were still evaluated and reported. */
    public static final int INPUT_ERROR = 3;
    /** The rules or the policy could not be loaded, so nothing was evaluated. */
    public static final int CONFIGURATION_ERROR = 4;
    /** practice-check itself failed: a bug to report. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
