package uk.practicecheck.policy;

/**
 * A statutory source a rule cites through the policy, where no inspection recommendation asks for
 * what it checks: a timescale or duty of the policy, what it is for and where it comes from.
 *
 * @param key         the policy key, such as {@code lookedAfter.review.first}
 * @param description what the timescale or duty is for; null when the policy has no such key
 * @param source      where it comes from; null when the policy has no such key
 */
public record StatutorySource(String key, String description, String source) {

    /** Whether the policy holds the key. */
    public boolean known() {
        return source != null;
    }
}
