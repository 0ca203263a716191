package uk.practicecheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.CaseNeedingAction;
import uk.practicecheck.audit.DueSoon;
import uk.practicecheck.audit.GroupTally;
import uk.practicecheck.audit.OutcomeCounts;
import uk.practicecheck.audit.Standing;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.indicator.Figures;
import uk.practicecheck.indicator.IndicatorDefinition;
import uk.practicecheck.indicator.IndicatorReport;
import uk.practicecheck.io.Rejection;

/**
 * The audit summary as JSON for machines; the shape is versioned by {@link #FORMAT_VERSION}.
 * Version 2: results count occasions (one per finding), with cases judged and cases all on time
 * beside them; the cases needing action carry each shortfall's standing; cases only with historic
 * shortfalls ({@code forTheRecord}) and the duties due soon ({@code dueSoon}) are listed apart.
 * Values are exact (JSON escaping only).
 */
public final class AuditJsonWriter {
    public static final String FORMAT_VERSION = "2";

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    public void write(AuditSummary s, Writer out) throws IOException {
        write(s, null, out);
    }

    /** The report with {@code sinceLastAudit} (after the indicators) when {@code last} is not null. */
    public void write(AuditSummary s, LastAudit last, Writer out) throws IOException {
        mapper.writeValue(out, toReport(s, last));
        out.write(System.lineSeparator());
        out.flush();
    }

    static Report toReport(AuditSummary s, LastAudit last) {
        Totals totals = new Totals(s.recordsRead(), s.evaluated(), s.rejected(), s.casesNeedingAction(),
                s.casesWithWarnings(), Counts.of(s.outcomes()));
        List<RuleRow> rules = s.byRule().entrySet().stream().map(e -> {
            var rule = s.rule(e.getKey());
            return new RuleRow(rule.id(), rule.title(), rule.severity().name(), rule.recommendationIds(), rule.statutory(),
                    Counts.of(e.getValue()));
        }).toList();
        List<RecommendationRow> recommendations = s.byRecommendation().entrySet().stream()
                .map(e -> new RecommendationRow(e.getKey(), s.catalogue().find(e.getKey()).map(r -> r.text()).orElse(null),
                        Counts.of(e.getValue()))).toList();
        List<GroupRow> teams = s.teams().stream().map(GroupRow::of).toList();
        List<GroupRow> workers = s.workers().stream().map(GroupRow::of).toList();
        List<ActionRow> actions = s.mostPressing().stream().map(ActionRow::of).toList();
        List<ActionRow> historic = s.forTheRecord().stream().map(ActionRow::of).toList();
        List<DueSoonRow> due = s.dueSoon().stream().map(DueSoonRow::of).toList();
        Rejections rejections = new Rejections(s.rejected(), s.rejections().size(),
                s.rejections().stream().map(RejectionRow::of).toList());
        return new Report(FORMAT_VERSION, s.asOf(), s.policyName(), s.pseudonymised(),
                IndicatorJsonSection.of(s.indicators()), last == null ? null : SinceLastAudit.of(s, last), totals, rules,
                recommendations,
                teams, workers, new Actions(s.casesNeedingAction(), actions.size(), actions),
                new Actions(s.casesForTheRecord(), historic.size(), historic),
                new DueSoonList(s.asOf(), s.dueSoonUntil(), s.dueSoonTotal(), due.size(), due), rejections);
    }

    record Report(String formatVersion, LocalDate asOf, String policy, boolean pseudonymised,
                  IndicatorJsonSection indicators, SinceLastAudit sinceLastAudit, Totals totals,
                  List<RuleRow> rules, List<RecommendationRow> recommendations, List<GroupRow> teams,
                  List<GroupRow> workers, Actions casesNeedingAction, Actions forTheRecord, DueSoonList dueSoon,
                  Rejections rejected) {
    }

    /**
     * The previous recorded audit of the same population and each rate then and now: compliance from
     * 0 to 1 with the change in percentage points; indicators in their unit, the change too (points,
     * days or a number). A rate absent was not judged (or not in that audit).
     */
    record SinceLastAudit(long run, LocalDate asOf, List<String> cautions, RateChange compliance, List<KeyedChange> rules,
                          List<KeyedChange> recommendations, List<KeyedChange> teams, List<IndicatorChange> indicators) {
        static SinceLastAudit of(AuditSummary s, LastAudit last) {
            return new SinceLastAudit(last.run(), last.asOf(), last.cautions(),
                    RateChange.of(s.outcomes().complianceRate(), last.overall()),
                    changes(s.byRule(), last.byRule()), changes(s.byRecommendation(), last.byRecommendation()),
                    s.teams().stream().map(t -> new KeyedChange(t.name(),
                            RateChange.of(t.results().complianceRate(), last.byTeam().get(t.name())))).toList(),
                    s.indicators().indicators().stream().map(i -> IndicatorChange.of(i, last)).toList());
        }

        private static List<KeyedChange> changes(Map<String, OutcomeCounts> now, Map<String, Double> before) {
            return now.entrySet().stream().map(e -> new KeyedChange(e.getKey(),
                    RateChange.of(e.getValue().complianceRate(), before.get(e.getKey())))).toList();
        }
    }

    record RateChange(Double now, Double lastAudit, Double changePoints) {
        static RateChange of(Double now, Double before) {
            return new RateChange(now, before, LastAudit.pointsValue(now, before));
        }
    }

    record KeyedChange(String id, RateChange compliance) {
    }

    record IndicatorChange(String id, Double now, Double lastAudit, Double change, String shownLastAudit,
                           String shownChange, List<TeamIndicatorChange> byTeam) {
        static IndicatorChange of(IndicatorReport.Indicator i, LastAudit last) {
            IndicatorDefinition d = i.definition();
            Figures before = last.indicatorFigures(d.id(), null);
            return new IndicatorChange(d.id(), i.overall().value(d.shownAs()), before == null ? null : before.value(d.shownAs()),
                    last.indicatorChangeValue(d, null, i.overall()), last.indicatorBefore(d, null),
                    last.indicatorChange(d, null, i.overall()),
                    i.byTeam().entrySet().stream().map(e -> {
                        Figures then = last.indicatorFigures(d.id(), e.getKey());
                        return new TeamIndicatorChange(e.getKey(), e.getValue().value(d.shownAs()),
                                then == null ? null : then.value(d.shownAs()), last.indicatorChangeValue(d, e.getKey(), e.getValue()),
                                last.indicatorChange(d, e.getKey(), e.getValue()));
                    }).toList());
        }
    }

    record TeamIndicatorChange(String team, Double now, Double lastAudit, Double change, String shownChange) {
    }

    record Totals(long recordsRead, long evaluated, long rejected, long casesNeedingAction, long casesWithWarnings,
                  Counts results) {
    }

    /**
     * Compliance from 0 to 1 (absent when nothing was judged) and the count of each outcome, by
     * occasion (by case for recommendations); then the cases judged and the cases all on time.
     */
    record Counts(Double compliance, long judged, Map<Outcome, Long> outcomes, long casesJudged, long casesAllOnTime) {
        static Counts of(OutcomeCounts c) {
            Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                outcomes.put(o, c.get(o));
            }
            return new Counts(c.complianceRate(), c.judged(), outcomes, c.casesJudged(), c.casesAllOnTime());
        }
    }

    /** A rule's results; {@code statutory} names the policy timescales or duties it cites where no recommendation asks for it. */
    record RuleRow(String id, String title, String severity, List<String> recommendations, List<String> statutory, Counts results) {
    }

    record RecommendationRow(String id, String text, Counts cases) {
    }

    record GroupRow(String name, String team, long cases, long casesNotMet, long dueSoon, Counts results) {
        static GroupRow of(GroupTally g) {
            return new GroupRow(g.name(), g.team(), g.cases(), g.casesNotMet(), g.dueSoon(), Counts.of(g.results()));
        }
    }

    record Actions(long total, int shown, List<ActionRow> cases) {
    }

    record ActionRow(String file, long record, String caseId, String childName, String team, String worker,
                     Standing standing, String severity, long maxDaysOverdue, List<CaseNeedingAction.Item> shortfalls) {
        static ActionRow of(CaseNeedingAction c) {
            return new ActionRow(c.source().file(), c.source().record(), c.caseId(), c.childName(), c.team(), c.worker(),
                    c.standing(), c.severity().name(), c.maxDaysOverdue(), c.items());
        }
    }

    record DueSoonList(LocalDate from, LocalDate until, long total, int shown, List<DueSoonRow> duties) {
    }

    record DueSoonRow(String team, String worker, LocalDate dueDate, String file, long record, String caseId,
                      String childName, String ruleId, String ruleTitle, String severity, String subject) {
        static DueSoonRow of(DueSoon d) {
            return new DueSoonRow(d.team(), d.worker(), d.dueDate(), d.source().file(), d.source().record(), d.caseId(),
                    d.childName(), d.ruleId(), d.ruleTitle(), d.severity().name(), d.subject());
        }
    }

    record Rejections(long total, int shown, List<RejectionRow> records) {
    }

    record RejectionRow(String file, long record, String field, String reason) {
        static RejectionRow of(Rejection r) {
            return new RejectionRow(r.source().file(), r.source().record(), r.field(), r.reason());
        }
    }
}
