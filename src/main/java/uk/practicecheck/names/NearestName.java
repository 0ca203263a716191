package uk.practicecheck.names;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The known name a mistyped one was most likely meant to be: a field, a policy key, a rule or
 * recommendation id. Used to add "did you mean …?" to errors about unknown names.
 */
public final class NearestName {
    private NearestName() {
    }

    /**
     * The candidate closest to {@code name} (ignoring case), if it is close enough to be a slip of
     * the keyboard: at most a third of the name's letters differ (at least one, at most four).
     * On a tie, the first candidate in alphabetical order.
     */
    public static Optional<String> to(String name, Collection<String> candidates) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(4, wanted.length() / 3));
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().distinct().sorted().toList()) {
            int d = distance.apply(wanted, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance && !candidate.equals(name)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean 'x'?)"} when a candidate is close to {@code name}, otherwise empty text. */
    public static String suggestion(String name, Collection<String> candidates) {
        return to(name, candidates).map(nearest -> " (did you mean '" + nearest + "'?)").orElse("");
    }
}
