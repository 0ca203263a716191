package uk.practicecheck.indicator;

import java.util.List;
import java.util.Map;

/**
 * One indicator as declared in {@code indicators.yaml}.
 *
 * @param id          stable identifier
 * @param title       what it measures, in a few words
 * @param shownAs     how its value is worked out and shown
 * @param counts      what one unit of the numerator and denominator is, such as "reviews"
 * @param numerator   the numerator in words
 * @param denominator the denominator in words
 * @param period      which occasions fall in the period, in words
 * @param rule        the rule whose findings it counts, or null for a measure
 * @param measure     the measure it is computed by, or null for a rule
 * @param settings    the measure's settings, such as {@code within: 12 months}
 * @param source      the national definition it follows
 * @param notJudged   what is counted as not judged, and how records lacking a field are treated
 * @param figures     what the inspectors reported for it
 */
public record IndicatorDefinition(String id, String title, ShownAs shownAs, String counts, String numerator,
                                  String denominator, String period, String rule, String measure,
                                  Map<String, String> settings, String source, String notJudged,
                                  List<InspectorsFigure> figures) {

    /** Where it comes from, in words: "the rule lookedafter.reviews-on-time" or "the measure re-referral (within 12 months)". */
    public String basis() {
        if (rule != null) {
            return "the rule " + rule;
        }
        StringBuilder text = new StringBuilder("the measure " + measure);
        Map<String, String> shown = new java.util.LinkedHashMap<>(settings);
        // Which collections show who it counts is about the sources, not the measure.
        shown.remove(SourceSilence.NEEDS);
        if (!shown.isEmpty()) {
            text.append(" (");
            shown.forEach((key, value) -> text.append(text.charAt(text.length() - 1) == '(' ? "" : ", ")
                    .append(key).append(' ').append(value));
            text.append(')');
        }
        return text.toString();
    }
}
