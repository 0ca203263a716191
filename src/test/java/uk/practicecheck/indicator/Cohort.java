package uk.practicecheck.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.model.AsOfView;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.Placement;
import uk.practicecheck.model.PlacementType;
import uk.practicecheck.model.Referral;

/** Small hand-made cohorts for the indicator tests: cases built in a line each, counted as of a date. */
final class Cohort {
    private final List<CaseSummary> cases = new ArrayList<>();
    private final List<List<RuleResult>> results = new ArrayList<>();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    Cohort add(String team, Consumer<CaseSummary> build) {
        return add(team, build, List.of());
    }

    Cohort add(String team, Consumer<CaseSummary> build, List<RuleResult> rules) {
        CaseSummary c = new CaseSummary();
        c.setCaseId("C" + (cases.size() + 1));
        c.setTeam(team);
        build.accept(c);
        cases.add(c);
        results.add(rules);
        return this;
    }

    /** The figures of indicator {@code id} over the cohort, each case restricted to {@code asOf} as the audit does. */
    IndicatorReport.Indicator count(String id, LocalDate asOf, Period period) {
        IndicatorTally tally = IndicatorCatalogue.bundled().tally(period);
        for (int i = 0; i < cases.size(); i++) {
            CaseSummary c = AsOfView.restrict(cases.get(i), asOf);
            tally.add(c, new CaseResult(new RecordSource("test", i + 1), c.getCaseId(), null, c.getTeam(), null,
                    List.of(), results.get(i)));
        }
        return tally.report().indicators().stream().filter(x -> x.definition().id().equals(id)).findFirst().orElseThrow();
    }

    static void status(CaseSummary c, LegalStatusType type, String start, String end) {
        c.getLegalStatuses().add(LegalStatus.of(type, start == null ? null : d(start), end == null ? null : d(end), null));
    }

    static Placement placement(CaseSummary c, String start, String end, PlacementType type) {
        Placement p = new Placement();
        p.setStart(start == null ? null : d(start));
        p.setEnd(end == null ? null : d(end));
        p.setType(type);
        c.getPlacements().add(p);
        return p;
    }

    static Referral referral(CaseSummary c, String received) {
        Referral r = new Referral();
        r.setReceived(received == null ? null : d(received));
        c.getReferrals().add(r);
        return r;
    }
}
