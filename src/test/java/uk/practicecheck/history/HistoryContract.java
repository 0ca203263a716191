package uk.practicecheck.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.indicator.Figures;
import uk.practicecheck.indicator.IndicatorCatalogue;
import uk.practicecheck.indicator.IndicatorDefinition;
import uk.practicecheck.indicator.IndicatorReport;
import uk.practicecheck.indicator.ShownAs;

/**
 * What every history must do, whichever database keeps it: the same tests run against an embedded
 * SQLite file and a real PostgreSQL server.
 */
abstract class HistoryContract {
    static final String RULE_BOOK = "a".repeat(64);
    static final String POLICY = "b".repeat(64);

    /** A fresh, empty history. */
    abstract HistoryLocation freshLocation() throws Exception;

    static RunFacts facts(LocalDate asOf, String ruleBook, String policy, String keyCheck) {
        return new RunFacts(Instant.parse("2026-12-01T09:00:00Z"), asOf, null, null, "all cases", "practice-check test",
                ruleBook, policy, keyCheck, List.of(new InputFingerprint("cases.ndjson", "c".repeat(64), 1234L)));
    }

    static Counts counts(long met, long notMet) {
        return new Counts(met, notMet, 0, 0, 0, 0);
    }

    static RunTotals totals(Map<String, Counts> byRule, Map<String, Counts> byTeam) {
        long met = byRule.values().stream().mapToLong(Counts::met).sum();
        long notMet = byRule.values().stream().mapToLong(Counts::notMet).sum();
        List<RunTotals.Group> teams = new ArrayList<>();
        byTeam.forEach((name, counts) -> teams.add(new RunTotals.Group(null, name, 2, counts.notMet() > 0 ? 1 : 0, counts)));
        return new RunTotals(byRule.size(), "Statutory defaults (England)", 4, 4, 0, 0, 1, counts(met, notMet),
                Map.of(), byRule, Map.of("REC-1", counts(met, notMet)), teams,
                List.of(new RunTotals.Group("Team A", "Worker A", 4, 1, counts(met, notMet))), List.of());
    }

    static RunWriter.StoredCase storedCase(long position, String caseKey, RunWriter.StoredRule... rules) {
        return new RunWriter.StoredCase(position, caseKey, "Team A", "Worker A", List.of(rules));
    }

    static RunWriter.StoredRule rule(String id, Outcome outcome, Long overdue) {
        return new RunWriter.StoredRule(id, StoredOutcome.code(outcome), overdue);
    }

    static long write(History history, RunFacts facts, RunTotals totals, RunWriter.StoredCase... cases)
            throws HistoryException {
        Iterator<RunWriter.StoredCase> each = List.of(cases).iterator();
        return new RunWriter(history).write(facts, totals, () -> each.hasNext() ? each.next() : null);
    }

    /** Two runs a month apart: one case put right, one newly not met, one still outstanding, one that left. */
    static long[] twoRuns(History history, RunFacts second) throws HistoryException {
        long first = write(history, facts(LocalDate.of(2026, 5, 1), RULE_BOOK, POLICY, null),
                totals(Map.of("r.visits", counts(1, 3), "r.plans", counts(2, 0)),
                        Map.of("Team A", counts(3, 3))),
                storedCase(0, "C-1", rule("r.visits", Outcome.NOT_MET, 10L), rule("r.plans", Outcome.MET, null)),
                storedCase(1, "C-2", rule("r.visits", Outcome.MET, null)),
                storedCase(2, "C-3", rule("r.visits", Outcome.NOT_MET, 40L)),
                storedCase(3, "C-4", rule("r.visits", Outcome.NOT_MET, 5L), rule("r.plans", Outcome.MET, null)));
        long later = write(history, second,
                totals(Map.of("r.visits", counts(1, 2), "r.plans", counts(1, 1)),
                        Map.of("Team A", counts(2, 3))),
                storedCase(0, "C-1", rule("r.visits", Outcome.MET, null), rule("r.plans", Outcome.NOT_MET, 3L)),
                storedCase(1, "C-2", rule("r.visits", Outcome.NOT_MET, 2L)),
                storedCase(2, "C-3", rule("r.visits", Outcome.NOT_MET, 70L)),
                storedCase(3, "C-5", rule("r.plans", Outcome.MET, null)));
        return new long[] {first, later};
    }

    @Test
    void aRecordedRunIsListedWithEverythingThatIdentifiesIt() throws Exception {
        HistoryLocation location = freshLocation();
        try (History history = History.openForRecording(location)) {
            long[] runs = twoRuns(history, facts(LocalDate.of(2026, 6, 1), RULE_BOOK, POLICY, null));

            List<RecordedRun> listed = history.runs();
            assertEquals(2, listed.size());
            RecordedRun first = listed.get(0);
            assertEquals(runs[0], first.id());
            assertTrue(runs[1] > runs[0]);
            assertEquals(LocalDate.of(2026, 5, 1), first.asOf());
            assertEquals(Instant.parse("2026-12-01T09:00:00Z"), first.recordedAt());
            assertEquals(RULE_BOOK, first.ruleBookHash());
            assertEquals("Statutory defaults (England)", first.policyName());
            assertEquals(counts(3, 3), first.counts());
            assertFalse(first.pseudonymised());
        }
    }

    @Test
    void compareSortsCasesIntoNewlyNotMetPutRightAndStillOutstanding() throws Exception {
        try (History history = History.openForRecording(freshLocation())) {
            twoRuns(history, facts(LocalDate.of(2026, 6, 1), RULE_BOOK, POLICY, null));

            Comparison c = history.compare(null, null, 10);

            assertEquals(List.of(), c.cautions());
            assertTrue(c.casesMatched());
            assertEquals(List.of("C-1 r.plans", "C-2 r.visits"), keys(c.newlyNotMet()), "most overdue first");
            assertEquals(List.of("C-1 r.visits"), keys(c.putRight()));
            assertEquals(List.of("C-3 r.visits"), keys(c.stillOutstanding()));
            assertEquals(40L, c.stillOutstanding().get(0).overdueBefore());
            assertEquals(70L, c.stillOutstanding().get(0).overdueAfter());
            assertEquals(List.of("C-4 r.visits"), keys(c.noLongerJudged()));
            assertNull(c.noLongerJudged().get(0).after());
            assertEquals("r.plans", c.rules().get(0).name(), "the largest move first: 100% to 50%");
            assertEquals(-0.5, c.rules().get(0).change(), 1e-9);
            assertEquals(0.5, c.overall().before(), 1e-9);
        }
    }

    @Test
    void aChangeOfRuleBookOrPolicyIsStatedNotSilentlyCompared() throws Exception {
        try (History history = History.openForRecording(freshLocation())) {
            twoRuns(history, facts(LocalDate.of(2026, 6, 1), "d".repeat(64), "e".repeat(64), null));

            Comparison c = history.compare(null, null, 10);

            assertEquals(2, c.cautions().size(), c.cautions().toString());
            assertTrue(c.cautions().get(0).startsWith("The rule book changed between the runs (version aaaaaaaaaaaa"),
                    c.cautions().get(0));
            assertTrue(c.cautions().get(1).startsWith("The policy changed between the runs"), c.cautions().get(1));
            Trend trend = history.trend(TrendMetric.allRules(), null);
            assertTrue(trend.points().get(1).ruleBookChanged());
            assertTrue(trend.points().get(1).policyChanged());
        }
    }

    @Test
    void runsWithDifferentPseudonymKeysAreNotMatchedCaseByCase() throws Exception {
        try (History history = History.openForRecording(freshLocation())) {
            twoRuns(history, facts(LocalDate.of(2026, 6, 1), RULE_BOOK, POLICY, "P-0123456789ab"));

            Comparison c = history.compare(null, null, 10);

            assertFalse(c.casesMatched());
            assertEquals(List.of(), c.newlyNotMet());
            assertTrue(c.cautions().get(0).startsWith("Only one of the runs was pseudonymised"), c.cautions().toString());
            assertEquals(2, c.rules().size(), "rates are still compared");
        }
    }

    @Test
    void aTrendFollowsOneRuleOrOneTeamAcrossRuns() throws Exception {
        try (History history = History.openForRecording(freshLocation())) {
            twoRuns(history, facts(LocalDate.of(2026, 6, 1), RULE_BOOK, POLICY, null));

            Trend rule = history.trend(TrendMetric.rule("r.plans"), null);
            Trend team = history.trend(TrendMetric.team("Team A"), "all cases");
            Trend missing = history.trend(TrendMetric.rule("r.unknown"), null);

            assertEquals(List.of(100.0, 50.0), rule.points().stream().map(TrendPoint::value).toList());
            assertEquals(List.of("100.0%", "50.0%"), rule.points().stream().map(TrendPoint::shown).toList());
            assertEquals(List.of(50.0, 40.0), team.points().stream().map(TrendPoint::value).toList());
            assertNull(missing.points().get(0).value());
            assertEquals("not in this run", missing.points().get(0).shown());
        }
    }

    @Test
    void aRunsIndicatorsAndPeriodAreRecordedAndFollowed() throws Exception {
        IndicatorDefinition definition = IndicatorCatalogue.bundled().definitions().stream()
                .filter(d -> d.shownAs() == ShownAs.PERCENTAGE).findFirst().orElseThrow();
        try (History history = History.openForRecording(freshLocation())) {
            for (long met : new long[] {30, 36}) {
                RunTotals plain = totals(Map.of("r.visits", counts(1, 0)), Map.of("Team A", counts(1, 0)));
                RunTotals totals = new RunTotals(plain.ruleCount(), plain.policyName(), plain.recordsRead(),
                        plain.evaluated(), plain.rejected(), plain.casesWithWarnings(), plain.casesNeedingAction(),
                        plain.overall(), plain.ruleTitles(), plain.byRule(), plain.byRecommendation(), plain.teams(),
                        plain.workers(), List.of(new IndicatorReport.Indicator(definition, new Figures(met, 40, 2, 0),
                                Map.of("Team A", new Figures(met, 40, 2, 0)))));
                RunFacts facts = facts(LocalDate.of(2026, 5, 1), RULE_BOOK, POLICY, null);
                write(history, new RunFacts(facts.recordedAt(), facts.asOf(), LocalDate.of(2025, 5, 2),
                        LocalDate.of(2026, 5, 1), facts.population(), facts.toolVersion(), facts.ruleBookHash(),
                        facts.policyHash(), null, facts.inputs()), totals);
            }

            Trend trend = history.trend(TrendMetric.indicator(definition.id()), null);

            assertEquals(Trend.Unit.PERCENT, trend.unit());
            assertEquals(List.of(75.0, 90.0), trend.points().stream().map(TrendPoint::value).toList());
            assertEquals("30 of 40", trend.points().get(0).basis());
            assertEquals(LocalDate.of(2025, 5, 2), history.runs().get(0).periodStart());
            assertEquals(LocalDate.of(2026, 5, 1), history.runs().get(0).periodEnd());
        }
    }

    @Test
    void comparingWithNothingEarlierIsAClearError() throws Exception {
        try (History history = History.openForRecording(freshLocation())) {
            write(history, facts(LocalDate.of(2026, 5, 1), RULE_BOOK, POLICY, null),
                    totals(Map.of("r.visits", counts(1, 0)), Map.of("Team A", counts(1, 0))));

            HistoryException e = assertThrows(HistoryException.class, () -> history.compare(null, null, 10));
            assertTrue(e.getMessage().contains("is the first run of the population \"all cases\""), e.getMessage());
            HistoryException none = assertThrows(HistoryException.class, () -> history.compare(1L, 99L, 10));
            assertTrue(none.getMessage().contains("has no run 99"), none.getMessage());
        }
    }

    @Test
    void aFailedRecordingLeavesNoPartOfTheRun() throws Exception {
        HistoryLocation location = freshLocation();
        try (History history = History.openForRecording(location)) {
            RunWriter.StoredCase duplicate = storedCase(0, "C-1", rule("r.visits", Outcome.MET, null));
            assertThrows(HistoryException.class, () -> write(history,
                    facts(LocalDate.of(2026, 5, 1), RULE_BOOK, POLICY, null),
                    totals(Map.of("r.visits", counts(1, 0)), Map.of("Team A", counts(1, 0))), duplicate, duplicate));

            assertEquals(List.of(), history.runs());
            assertEquals(0, HistoryTables.rowCount(history, "audited_case"));
            assertEquals(0, HistoryTables.rowCount(history, "rule_result"));
        }
    }

    @Test
    void twoWritersAtOnceBothRecordTheirWholeRun() throws Exception {
        HistoryLocation location = freshLocation();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> writes = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                Callable<Long> writer = () -> {
                    try (History history = History.openForRecording(location)) {
                        RunWriter.StoredCase[] cases = new RunWriter.StoredCase[2000];
                        for (int i = 0; i < cases.length; i++) {
                            cases[i] = storedCase(i, "C-" + i, rule("r.visits", Outcome.NOT_MET, 3L),
                                    rule("r.plans", Outcome.MET, null));
                        }
                        return write(history, facts(LocalDate.of(2026, 5, 1), RULE_BOOK, POLICY, null),
                                totals(Map.of("r.visits", counts(0, 2000)), Map.of("Team A", counts(0, 2000))), cases);
                    }
                };
                writes.add(pool.submit(writer));
            }
            long first = writes.get(0).get();
            long second = writes.get(1).get();
            assertTrue(first != second);
        } finally {
            pool.shutdownNow();
        }
        try (History history = History.openExisting(location)) {
            assertEquals(2, history.runs().size());
            assertEquals(4000, HistoryTables.rowCount(history, "audited_case"));
            assertEquals(8000, HistoryTables.rowCount(history, "case_rule_result"));
        }
    }

    @Test
    void anEmptyDatabaseIsMigratedToTheLatestSchema() throws Exception {
        HistoryLocation location = freshLocation();
        try (History history = History.openForRecording(location)) {
            assertEquals(Migrations.bundledVersions(), Migrations.appliedVersions(history));
            for (String table : HistoryTables.TABLES) {
                assertEquals(0, HistoryTables.rowCount(history, table), table);
            }
        }
    }

    @Test
    void aHistoryWrittenWithTheFirstSchemaIsReadAndAddedTo() throws Exception {
        HistoryLocation location = freshLocation();
        Migrations.createAtFirstVersionWithOneRun(location);

        try (History history = History.openExisting(location)) {
            assertEquals(Migrations.bundledVersions(), Migrations.appliedVersions(history));
            RecordedRun old = history.runs().get(0);
            assertEquals(LocalDate.of(2026, 4, 1), old.asOf());
            assertEquals(counts(2, 1).met(), old.counts().met());
            long later = write(history, facts(LocalDate.of(2026, 5, 1), RULE_BOOK, POLICY, null),
                    totals(Map.of("r.visits", counts(2, 0)), Map.of("Team A", counts(2, 0))),
                    storedCase(0, "C-1", rule("r.visits", Outcome.MET, null)),
                    storedCase(1, "C-2", rule("r.visits", Outcome.MET, null)));

            Comparison c = history.compare(null, later, 10);
            assertEquals(old.id(), c.before().id());
            assertEquals(List.of("C-1 r.visits"), keys(c.putRight()));
        }
    }

    private static List<String> keys(List<CaseChange> changes) {
        return changes.stream().map(c -> c.caseKey() + " " + c.ruleId()).toList();
    }
}
