package uk.practicecheck.annexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import uk.practicecheck.engine.CaseEvaluator;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.policy.PolicyLoader;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.engine.RuleSources;

class HeldFieldsTest {

    @Test
    void everyFieldTheMappingNamesIsAFieldOfTheCaseSummary() {
        Set<String> paths = HeldFields.allPaths();
        List<String> unknown = new ArrayList<>();
        for (AnnexAColumn column : AnnexAColumn.values()) {
            List<String> fields = new ArrayList<>(column.completeFields());
            fields.addAll(column.partialFields());
            fields.stream().filter(f -> !f.equals("caseId") && !paths.contains(f)).forEach(f -> unknown.add(column + ": " + f));
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void summariesOfTheLatestEventOnlyAreNeverHeld() {
        Set<String> held = HeldFields.heldAtBest();
        for (String partial : List.of("visits", "visits.date", "visits.seenAlone", "reviews", "reviews.date",
                "reviews.permanencePlan", "conferences.date", "missingEpisodes", "missingEpisodes.returnInterviewOffered",
                "placements.start", "assessments.referralDate", "plans.actions", "plans.aim", "strategyDiscussions.date", "legalStatuses.start")) {
            assertFalse(held.contains(partial), partial);
        }
        assertTrue(held.containsAll(List.of("assessments.start", "assessments.authorised", "section47Enquiries.start",
                "adoption.agencyDecisionMakerDecision", "adoption.placementOrder", "referrals.received", "dateOfBirth")));
        assertFalse(held.contains("adoption.familyFindingStarted"), "Annex A has no family-finding date");
    }

    @Test
    void aFieldTheModelHasButNoColumnFeedsIsNotHeld() {
        Set<String> held = HeldFields.heldAtBest();
        Set<String> fed = new TreeSet<>();
        Arrays.stream(AnnexAColumn.values()).forEach(c -> fed.addAll(c.completeFields()));
        Set<String> unfed = HeldFields.allPaths();
        unfed.removeAll(fed);
        unfed.forEach(path -> assertFalse(held.contains(path), path));
        assertTrue(unfed.contains("healthAssessments.date"));
    }

    /**
     * The guard for rules to come: on the sample workbook, a rule may reach a verdict (met, not
     * met, not yet due) only if every case field its DRL names is one Annex A holds completely.
     */
    @Test
    void noRuleReachesAVerdictOnAnAnnexACaseFromAFieldAnnexADoesNotHoldCompletely() throws Exception {
        RuleBook ruleBook = TestRuleBooks.projectRules();
        Map<String, Set<String>> rulesByField = MappingTable.rulesByField(ruleBook,
                RuleSources.fromDirectory(TestRuleBooks.RULES));
        assertFalse(rulesByField.isEmpty(), "the rules name the fields they need");
        Map<String, Set<String>> fieldsByRule = new HashMap<>();
        rulesByField.forEach((field, rules) -> rules.forEach(r -> fieldsByRule.computeIfAbsent(r, k -> new TreeSet<>()).add(field)));

        AnnexAWorkbook.Result sample = AnnexAWorkbook.read(AnnexAEquivalenceTest.SAMPLE);
        List<String> unsound = new ArrayList<>();
        int applied = 0;
        try (CaseEvaluator evaluator = new CaseEvaluator(ruleBook, PolicyLoader.defaults())) {
            for (ReadResult record : sample.records()) {
                ParsedCase c = ((ReadResult.Ok) record).parsed();
                CaseResult result = evaluator.evaluate(c.summary(), LocalDate.of(2026, 3, 31), c.source(), c.warnings());
                for (RuleResult rule : result.rules()) {
                    if (rule.outcome() == Outcome.NOT_APPLICABLE) {
                        continue;
                    }
                    applied++;
                    Set<String> needs = fieldsByRule.getOrDefault(rule.rule().id(), Set.of());
                    boolean verdict = rule.outcome() == Outcome.MET || rule.outcome() == Outcome.NOT_MET
                            || rule.outcome() == Outcome.NOT_YET_DUE;
                    if (verdict && needs.stream().anyMatch(c.summary().getNotHeld()::contains)) {
                        unsound.add(rule.rule().id() + " on " + result.caseId() + ": " + rule.outcome()
                                + " though Annex A does not hold all of " + needs);
                    }
                }
            }
        }
        assertTrue(applied > 0, "some rule must apply to the sample for this test to mean anything");
        assertEquals(List.of(), unsound);
    }
}
