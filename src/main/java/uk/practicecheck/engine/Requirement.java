package uk.practicecheck.engine;

/**
 * One condition a finding checked.
 *
 * @param label     what was required, e.g. "every action has an owner"
 * @param satisfied true, false, or null when the record does not say
 */
public record Requirement(String label, Boolean satisfied) {
}
