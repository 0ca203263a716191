package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.engine.Outcome;

/**
 * Neither Annex A nor the SSDA903 return holds care plans, placement plans or notices to the authority
 * of the area a child is placed in: for looked-after children the rules that need them cannot tell,
 * and never say "not met" for want of a record the source never had. (Annex A says whether the current
 * placement is out of area; the sample workbook leaves that column blank, so the notice is not owed there.)
 */
class PlansFromReturnsAndAnnexATest {
    private static final List<String> RULES = List.of("lookedafter.care-plan-on-time", "placements.placement-plan-on-time",
            "placements.out-of-area-notified");

    @TempDir
    Path dir;

    @Test
    void anAnnexAWorkbookCannotTellWhetherPlansAndNoticesWereOnTime() throws Exception {
        CliRun run = CliRun.of("check", "--annex-a", "samples/annex-a-sample.xlsx", "--as-of", "2026-11-23", "--format", "json");
        assertCannotTellForLookedAfterChildren(run, RULES.subList(0, 2));
        assertNoneJudged(run, RULES.get(2));
    }

    @Test
    void anSsda903ReturnCannotTellWhetherPlansAndNoticesWereOnTime() throws Exception {
        Path ret = dir.resolve("2025");
        CliRun generate = CliRun.of("generate", "--format", "ssda903", "--cases", "120", "--seed", "3",
                "--year-end", "2025-03-31", "--out", ret.toString());
        assertEquals(0, generate.exitCode(), generate::toString);
        assertCannotTellForLookedAfterChildren(CliRun.of("check", "--ssda903", ret.toString(), "--format", "json"), RULES);
    }

    private static void assertCannotTellForLookedAfterChildren(CliRun run, List<String> rules) throws Exception {
        for (String rule : rules) {
            Map<Outcome, Integer> outcomes = outcomes(run, rule);
            assertTrue(outcomes.getOrDefault(Outcome.CANNOT_TELL, 0) > 0, rule + ": " + outcomes);
            assertNoneJudged(run, rule);
        }
        assertTrue(run.out().contains("the record does not hold placements (placement plan)"), "said in words");
    }

    private static void assertNoneJudged(CliRun run, String rule) throws Exception {
        Map<Outcome, Integer> outcomes = outcomes(run, rule);
        assertEquals(Map.of(), Map.copyOf(withOnly(outcomes, Outcome.NOT_MET, Outcome.MET, Outcome.NOT_YET_DUE)),
                rule + " judged what the source does not hold: " + outcomes);
    }

    private static Map<Outcome, Integer> outcomes(CliRun run, String rule) throws Exception {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (JsonNode c : new ObjectMapper().readTree(run.out()).get("cases")) {
            for (JsonNode result : c.get("results")) {
                if (result.get("rule").asText().equals(rule)) {
                    outcomes.merge(Outcome.valueOf(result.get("outcome").asText()), 1, Integer::sum);
                }
            }
        }
        assertTrue(!outcomes.isEmpty(), run::toString);
        return outcomes;
    }

    private static Map<Outcome, Integer> withOnly(Map<Outcome, Integer> outcomes, Outcome... kept) {
        Map<Outcome, Integer> only = new EnumMap<>(Outcome.class);
        for (Outcome outcome : kept) {
            if (outcomes.containsKey(outcome)) {
                only.put(outcome, outcomes.get(outcome));
            }
        }
        return only;
    }
}
