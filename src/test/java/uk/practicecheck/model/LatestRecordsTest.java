package uk.practicecheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The latest" visit or plan, as the seen-alone and PEP rules judge it. */
class LatestRecordsTest {
    private static final LocalDate SPELL_START = LocalDate.of(2026, 1, 10);

    private static Visit visit(VisitType type, String date) {
        Visit visit = new Visit();
        visit.setType(type);
        visit.setDate(date == null ? null : LocalDate.parse(date));
        return visit;
    }

    private static CaseSummary withVisits(Visit... visits) {
        CaseSummary summary = new CaseSummary();
        summary.setVisits(new ArrayList<>(List.of(visits)));
        return summary;
    }

    @Test
    void theLatestLookedAfterVisitWhateverTheOrderRecorded() {
        Visit latest = visit(VisitType.LOOKED_AFTER, "2026-03-01");
        CaseSummary summary = withVisits(visit(VisitType.LOOKED_AFTER, "2026-02-01"), latest,
                visit(VisitType.CHILD_PROTECTION, "2026-04-01"), visit(VisitType.LOOKED_AFTER, null),
                visit(VisitType.LOOKED_AFTER, "2026-01-20"));
        assertEquals(List.of(latest), summary.latestStatutoryVisits(SPELL_START));
    }

    @Test
    void visitsSharingTheLatestDateAreAllLatest() {
        Visit first = visit(VisitType.LOOKED_AFTER, "2026-03-01");
        Visit second = visit(VisitType.LOOKED_AFTER, "2026-03-01");
        CaseSummary summary = withVisits(first, visit(VisitType.LOOKED_AFTER, "2026-02-01"), second);
        assertEquals(List.of(first, second), summary.latestStatutoryVisits(SPELL_START));
    }

    @Test
    void noneWhenTheLatestIsBeforeTheDayGivenOrThereIsNoneDated() {
        assertEquals(List.of(), withVisits(visit(VisitType.LOOKED_AFTER, "2026-01-09"))
                .latestStatutoryVisits(SPELL_START));
        assertEquals(List.of(), withVisits(visit(VisitType.LOOKED_AFTER, null))
                .latestStatutoryVisits(SPELL_START));
        assertEquals(List.of(), withVisits().latestStatutoryVisits(SPELL_START));
    }

    @Test
    void aCallAtWhichTheChildWasNotSeenIsNotAStatutoryVisit() {
        Visit seen = visit(VisitType.LOOKED_AFTER, "2026-03-01");
        Visit notSeen = visit(VisitType.LOOKED_AFTER, "2026-04-01");
        notSeen.setChildSeen(false);
        Visit silent = visit(VisitType.LOOKED_AFTER, "2026-02-01");
        assertEquals(List.of(seen), withVisits(silent, seen, notSeen).latestStatutoryVisits(SPELL_START));
    }

    @Test
    void theLatestOnTheDayGivenCounts() {
        Visit onTheDay = visit(VisitType.LOOKED_AFTER, "2026-01-10");
        assertEquals(List.of(onTheDay), withVisits(onTheDay).latestStatutoryVisits(SPELL_START));
    }

    @Test
    void theLatestEducationPlan() {
        EducationPlan older = new EducationPlan();
        older.setDate(LocalDate.of(2026, 2, 1));
        EducationPlan newer = new EducationPlan();
        newer.setDate(LocalDate.of(2026, 5, 1));
        CaseSummary summary = new CaseSummary();
        summary.setEducationPlans(new ArrayList<>(List.of(newer, older)));
        assertEquals(List.of(newer), summary.latestEducationPlans(SPELL_START));
        assertEquals(List.of(), summary.latestEducationPlans(LocalDate.of(2026, 6, 1)));
    }
}
