package uk.practicecheck.indicator;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measures an indicator can be declared with, by name, and their settings. Each is documented
 * in docs/indicators.md; adding one means a class here and a line in {@link #create}.
 */
final class Measures {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s+(day|days|week|weeks|month|months|year|years)");

    /** Each measure's settings, by name. */
    private static final Map<String, Set<String>> SETTINGS = Map.of(
            "re-referral", Set.of("within"),
            "repeat-plan", Set.of(),
            "plan-duration", Set.of("atLeast"),
            "placement-count", Set.of("atLeast"),
            "placement-stability", Set.of("lookedAfterFor", "samePlacementFor", "under"),
            "adoption-time", Set.of("starts", "ends"),
            "awaiting-allocation", Set.of());

    private Measures() {
    }

    /** The measure named {@code name} with {@code settings}; throws IllegalArgumentException saying what is wrong. */
    static Measure create(String name, Map<String, String> settings) {
        Set<String> allowed = SETTINGS.get(name);
        if (allowed != null && !allowed.containsAll(settings.keySet())) {
            Set<String> unknown = new java.util.TreeSet<>(settings.keySet());
            unknown.removeAll(allowed);
            throw new IllegalArgumentException("the measure " + name + " has no setting " + unknown
                    + (allowed.isEmpty() ? "; it has no settings" : "; its settings are " + new java.util.TreeSet<>(allowed)));
        }
        return switch (name) {
            case "re-referral" -> new ReReferrals(duration(name, settings, "within"));
            case "repeat-plan" -> new RepeatPlans();
            case "plan-duration" -> new PlanDurations(duration(name, settings, "atLeast"));
            case "placement-count" -> new PlacementCounts(count(name, settings, "atLeast"));
            case "placement-stability" -> new PlacementStability(duration(name, settings, "lookedAfterFor"),
                    duration(name, settings, "samePlacementFor"), duration(name, settings, "under"));
            case "adoption-time" -> new AdoptionTimes(
                    choice(name, settings, "starts", AdoptionTimes.Start.values(), s -> s.words),
                    choice(name, settings, "ends", AdoptionTimes.End.values(), e -> e.words));
            case "awaiting-allocation" -> new AwaitingAllocation();
            default -> throw new IllegalArgumentException("there is no measure called '" + name
                    + "'; the measures are re-referral, repeat-plan, plan-duration, placement-count, "
                    + "placement-stability, adoption-time and awaiting-allocation");
        };
    }

    private static String setting(String name, Map<String, String> settings, String key) {
        String value = settings.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the measure " + name + " needs the setting '" + key + "'");
        }
        return value.trim();
    }

    /** "12 months", "2 years", "30 months", "6 weeks". */
    static java.time.Period duration(String name, Map<String, String> settings, String key) {
        String value = setting(name, settings, key);
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("the setting " + key + " of " + name
                    + " is a number of days, weeks, months or years, such as '12 months', not '" + value + "'");
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2).replaceAll("s$", "")) {
            case "day" -> java.time.Period.ofDays(n);
            case "week" -> java.time.Period.ofWeeks(n);
            case "month" -> java.time.Period.ofMonths(n);
            default -> java.time.Period.ofYears(n);
        };
    }

    private static int count(String name, Map<String, String> settings, String key) {
        String value = setting(name, settings, key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the setting " + key + " of " + name + " is a whole number, not '" + value + "'", e);
        }
    }

    private static <T> T choice(String name, Map<String, String> settings, String key, T[] options,
                                java.util.function.Function<T, String> words) {
        String value = setting(name, settings, key);
        for (T option : options) {
            if (words.apply(option).equals(value)) {
                return option;
            }
        }
        Set<String> allowed = new HashSet<>();
        Arrays.stream(options).map(words).forEach(allowed::add);
        throw new IllegalArgumentException("the setting " + key + " of " + name + " is one of " + allowed + ", not '" + value + "'");
    }
}
