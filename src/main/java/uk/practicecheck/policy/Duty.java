package uk.practicecheck.policy;

/**
 * Something a rule checks that no timescale measures, such as what a plan must say, with where the
 * duty comes from. Rules that no inspection recommendation asks for cite it ({@code @statutory}).
 *
 * @param description what the duty is, in a few words
 * @param source      the Act, regulation, statutory guidance or local standard that sets it
 */
public record Duty(String description, String source) {
}
