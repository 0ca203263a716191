package uk.practicecheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.practicecheck.audit.AuditResult;
import uk.practicecheck.catalogue.Recommendation;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.Requirement;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.policy.StatutorySource;

/**
 * Writes a run as JSON in the shape documented by {@code docs/schema/report.schema.json}.
 * The shape is versioned by {@link #FORMAT_VERSION}; fields are added, never renamed.
 */
public final class JsonReportWriter {
    public static final String FORMAT_VERSION = "1";

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    public void write(AuditResult result, Writer out) throws IOException {
        mapper.writeValue(out, toReport(result));
    }

    static Report toReport(AuditResult result) {
        Set<String> cited = new LinkedHashSet<>();
        result.rules().forEach(r -> cited.addAll(r.recommendationIds()));
        List<RecommendationView> recommendations = cited.stream()
                .map(id -> result.catalogue().find(id).map(RecommendationView::of)
                        .orElse(new RecommendationView(id, null, null, null, null, null)))
                .toList();
        Summary summary = new Summary(result.recordsRead(), result.cases().size(), result.rejections().size(),
                result.casesWith(Outcome.NOT_MET), result.outcomeCounts());
        Map<String, StatutorySource> sources = new LinkedHashMap<>();
        result.rules().forEach(r -> result.statutorySources(r).forEach(source -> sources.putIfAbsent(source.key(), source)));
        return new Report(FORMAT_VERSION, result.asOf(), result.policyName(), IndicatorJsonSection.of(result.indicators()), summary,
                result.rules().stream().map(RuleView::of).toList(), recommendations, List.copyOf(sources.values()),
                result.cases().stream().map(CaseView::of).toList(),
                result.rejections().stream().map(RejectionView::of).toList());
    }

    record Report(String formatVersion, LocalDate asOf, String policy, IndicatorJsonSection indicators, Summary summary,
                  List<RuleView> rules, List<RecommendationView> recommendations, List<StatutorySource> statutorySources,
                  List<CaseView> cases, List<RejectionView> rejected) {
    }

    record Summary(long recordsRead, long evaluated, long rejected, long casesWithNotMet, Map<Outcome, Long> outcomes) {
    }

    record RuleView(String id, String title, String severity, List<String> recommendations, List<String> statutory,
                    String appliesTo, String file) {
        static RuleView of(RuleInfo r) {
            return new RuleView(r.id(), r.title(), r.severity().name(), r.recommendationIds(), r.statutory(), r.appliesTo(), r.file());
        }
    }

    record RecommendationView(String id, String text, String report, LocalDate date, String section, String source) {
        static RecommendationView of(Recommendation r) {
            return new RecommendationView(r.id(), r.text(), r.report(), r.date(), r.section(), r.source());
        }
    }

    record SourceView(String file, long record) {
    }

    record CaseView(SourceView source, String caseId, String childName, String team, String worker, Outcome outcome,
                    List<String> warnings, List<ResultView> results) {
        static CaseView of(CaseResult c) {
            return new CaseView(new SourceView(c.source().file(), c.source().record()), c.caseId(), c.childName(),
                    c.team(), c.worker(), c.outcome(), c.warnings(), c.rules().stream().map(ResultView::of).toList());
        }
    }

    record ResultView(String rule, Outcome outcome, List<FindingView> findings) {
        static ResultView of(RuleResult r) {
            return new ResultView(r.rule().id(), r.outcome(), r.findings().stream().map(FindingView::of).toList());
        }
    }

    record FindingView(String subject, Outcome outcome, String message, LocalDate dueDate, String due,
                       String dueBasis, LocalDate doneDate, String done, Long daysOverdue, List<Requirement> requirements) {
        static FindingView of(Finding f) {
            return new FindingView(f.subject(), f.outcome(), f.message(), f.dueDate(), f.due(), f.dueBasis(), f.doneDate(),
                    f.done(), f.daysOverdue(), f.requirements());
        }
    }

    record RejectionView(String file, long record, String field, String reason) {
        static RejectionView of(Rejection r) {
            return new RejectionView(r.source().file(), r.source().record(), r.field(), r.reason());
        }
    }
}
