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
 * and never say "not met" for want of a record the source never had.
 */
class PlansFromReturnsAndAnnexATest {
    private static final List<String> RULES = List.of("lookedafter.care-plan-on-time", "placements.placement-plan-on-time",
            "placements.out-of-area-notified");

    @TempDir
    Path dir;

    @Test
    void anAnnexAWorkbookCannotTellWhetherPlansAndNoticesWereOnTime() throws Exception {
        CliRun run = CliRun.of("check", "--annex-a", "samples/annex-a-sample.xlsx", "--as-of", "2026-11-23", "--format", "json");
        assertCannotTellForLookedAfterChildren(run);
    }

    @Test
    void anSsda903ReturnCannotTellWhetherPlansAndNoticesWereOnTime() throws Exception {
        Path ret = dir.resolve("2025");
        CliRun generate = CliRun.of("generate", "--format", "ssda903", "--cases", "120", "--seed", "3",
                "--year-end", "2025-03-31", "--out", ret.toString());
        assertEquals(0, generate.exitCode(), generate::toString);
        assertCannotTellForLookedAfterChildren(CliRun.of("check", "--ssda903", ret.toString(), "--format", "json"));
    }

    private static void assertCannotTellForLookedAfterChildren(CliRun run) throws Exception {
        JsonNode report = new ObjectMapper().readTree(run.out());
        for (String rule : RULES) {
            Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
            for (JsonNode c : report.get("cases")) {
                for (JsonNode result : c.get("results")) {
                    if (result.get("rule").asText().equals(rule)) {
                        outcomes.merge(Outcome.valueOf(result.get("outcome").asText()), 1, Integer::sum);
                    }
                }
            }
            assertTrue(outcomes.getOrDefault(Outcome.CANNOT_TELL, 0) > 0, rule + ": " + outcomes);
            assertEquals(Map.of(), Map.copyOf(withOnly(outcomes, Outcome.NOT_MET, Outcome.MET, Outcome.NOT_YET_DUE)),
                    rule + " judged what the source does not hold: " + outcomes);
        }
        String placementPlans = report.get("cases").toString();
        assertTrue(placementPlans.contains("the record does not hold placements (placement plan)"), "said in words");
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
