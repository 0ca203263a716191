package uk.practicecheck.history;

import java.util.List;

/**
 * What changed between two recorded runs of an audit.
 *
 * @param cautions         what makes the two runs not simply comparable (a change of rule book, policy,
 *                         population or pseudonym key), in words; empty when nothing does
 * @param casesMatched     whether cases could be matched between the runs (not when only one was
 *                         pseudonymised, or with different keys)
 * @param newlyNotMet      (case, rule) not met in the later run and not "not met" in the earlier, most overdue first
 * @param putRight         (case, rule) not met in the earlier run and met in the later
 * @param stillOutstanding (case, rule) not met in both, most overdue first
 * @param noLongerJudged   (case, rule) not met in the earlier run, and in the later neither met nor not met
 *                         (the case left the cohort, the rule no longer applies, or it cannot tell)
 * @param overall          the whole audit's compliance rate
 * @param rules            per rule, the largest moves first
 * @param teams            per team, the largest moves first
 */
public record Comparison(RecordedRun before, RecordedRun after, List<String> cautions, boolean casesMatched,
                         List<CaseChange> newlyNotMet, List<CaseChange> putRight, List<CaseChange> stillOutstanding,
                         List<CaseChange> noLongerJudged, RateChange overall, List<RateChange> rules,
                         List<RateChange> teams) {
}
