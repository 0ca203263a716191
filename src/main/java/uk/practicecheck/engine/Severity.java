package uk.practicecheck.engine;

/** How much a shortfall against a rule matters to a child's safety and progress. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW
}
