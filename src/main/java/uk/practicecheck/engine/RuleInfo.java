package uk.practicecheck.engine;

import java.util.List;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LegalStatusType;

/**
 * A rule's metadata, read from the {@code @} annotations of its DRL.
 *
 * @param id                stable identifier, such as {@code missing.return-interview-offered}
 * @param title             one line a manager understands
 * @param recommendationIds catalogue ids of the recommendations it enforces
 * @param severity          how much a breach matters
 * @param since             the practice-check version that introduced it
 * @param appliesTo         which cases it applies to, in words, shown when it does not apply
 * @param file              the DRL file it came from, as given to the compiler
 * @param judges            field paths of the collections whose items it judges (its {@code @judges}
 *                          metadata): where a case's source does not hold one, finding nothing to
 *                          judge means "cannot tell", not "not applicable", for a child the duty applies to
 * @param population        the legal statuses of the children the duty applies to (its {@code @population}
 *                          metadata); empty for any child known to children's social care
 * @param statutory         policy keys (timescales or duties) whose statutory source the rule cites (its
 *                          {@code @statutory} metadata) for what no inspection recommendation asks for
 */
public record RuleInfo(String id, String title, List<String> recommendationIds, Severity severity,
                       String since, String appliesTo, String file, List<String> judges,
                       List<LegalStatusType> population, List<String> statutory) {

    /** What a reader is told when a rule cites no recommendation: none asks for what it checks. */
    public static final String NO_RECOMMENDATION = "No inspection recommendation asks for this; the policy cites where"
            + " the duty comes from.";

    public RuleInfo {
        judges = judges == null ? List.of() : List.copyOf(judges);
        population = population == null ? List.of() : List.copyOf(population);
        statutory = statutory == null ? List.of() : List.copyOf(statutory);
    }

    /** A rule that judges no particular collection. */
    public RuleInfo(String id, String title, List<String> recommendationIds, Severity severity,
                    String since, String appliesTo, String file) {
        this(id, title, recommendationIds, severity, since, appliesTo, file, List.of(), List.of(), List.of());
    }

    /**
     * Whether the duty applies to the child, as far as the rule's population says: the child has had
     * one of its legal statuses (any legal status, where it names none) by the as-of date.
     */
    public boolean appliesTo(CaseSummary summary) {
        return summary.getLegalStatuses().stream()
                .anyMatch(s -> s.getStatus() != null && (population.isEmpty() || population.contains(s.getStatus())));
    }
}
