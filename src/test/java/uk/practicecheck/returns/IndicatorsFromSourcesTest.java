package uk.practicecheck.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.cli.PracticeCheck;

/**
 * The cohort indicators an audit opens with, computed end to end from each source a QA team has:
 * the SSDA903 return (with the year before), the Children in Need census and an Annex A workbook.
 * Each indicator the source can give is judged from it; what the source does not hold is said to
 * be not held; and what the source holds only from a day on is not judged rather than given a
 * false figure (a re-referral rate of 0% because the earlier referrals are not in the file).
 */
class IndicatorsFromSourcesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Map<String, JsonNode> fromReturn;
    static Map<String, JsonNode> fromCensus;
    static Map<String, JsonNode> fromWorkbook;

    @BeforeAll
    static void audit() throws Exception {
        Path current = dir.resolve("903-2026");
        Path previous = dir.resolve("903-2025");
        Path census = dir.resolve("cin.xml");
        run("generate", "--format", "ssda903", "--cases", "300", "--seed", "1", "--year-end", "2026-03-31",
                "--out", current.toString(), "--previous-year-out", previous.toString());
        run("generate", "--format", "cin-census", "--cases", "300", "--seed", "1", "--out", census.toString());
        fromReturn = indicators("--ssda903", current.toString(), "--ssda903", previous.toString());
        fromCensus = indicators("--cin-census", census.toString());
        fromWorkbook = indicators("--annex-a", "samples/annex-a-sample.xlsx", "--as-of", "2026-03-31");
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PracticeCheck.run(new PrintWriter(out), new PrintWriter(err), args);
        assertTrue(code == 0 || code == 1, "exit " + code + ": " + err);
        return out.toString();
    }

    /** Each indicator's overall figures in the JSON audit of the given inputs, by id. */
    private static Map<String, JsonNode> indicators(String... inputs) throws Exception {
        List<String> args = new ArrayList<>(List.of("audit", "--format", "json"));
        args.addAll(List.of(inputs));
        JsonNode report = JSON.readTree(run(args.toArray(String[]::new)));
        Map<String, JsonNode> byId = new HashMap<>();
        report.get("indicators").get("items").forEach(item -> byId.put(item.get("id").asText(), item.get("overall")));
        return byId;
    }

    private static void judged(Map<String, JsonNode> indicators, String... ids) {
        for (String id : ids) {
            JsonNode figures = indicators.get(id);
            assertTrue(figures.get("denominator").asLong() > 0 && !figures.get("notHeld").asBoolean(), id + ": " + figures);
        }
    }

    private static void notHeld(Map<String, JsonNode> indicators, String... ids) {
        for (String id : ids) {
            JsonNode figures = indicators.get(id);
            assertTrue(figures.get("notHeld").asBoolean() && figures.get("denominator").asLong() == 0, id + ": " + figures);
        }
    }

    @Test
    void theSsda903ReturnGivesReviewsPlacementsAndAdoptionTimesButNoVisits() {
        judged(fromReturn, "lac-reviews-in-time", "three-or-more-placements", "adoption-a1", "adoption-a2", "adoption-a10");
        assertEquals(0, fromReturn.get("lac-reviews-in-time").get("casesNotJudged").asLong(),
                "with the year before, every review falling due in the year is judged");
        notHeld(fromReturn, "lac-visits-in-time", "return-interviews-offered-in-time", "initial-health-assessments-in-time");
        // The return holds no child protection or child in need records: not held, never "none judged".
        notHeld(fromReturn, "initial-conferences-in-time", "cp-reviews-in-time", "cp-visits-in-time",
                "assessments-in-time", "repeat-cp-plans", "cp-plans-two-years", "re-referrals", "awaiting-allocation",
                "review-health-assessments-in-time", "long-term-placement-stability");
    }

    @Test
    void theCensusGivesConferencesReviewsAndAssessmentsButNotARereferralRateItCannotKnow() {
        judged(fromCensus, "initial-conferences-in-time", "cp-reviews-in-time", "assessments-in-time");
        notHeld(fromCensus, "cp-visits-in-time");
        // The census holds no looked-after reviews, visits, placements or adoptions: not held, never "none judged".
        notHeld(fromCensus, "lac-reviews-in-time", "lac-visits-in-time", "initial-health-assessments-in-time",
                "review-health-assessments-in-time", "three-or-more-placements", "long-term-placement-stability",
                "adoption-a1", "adoption-a2", "adoption-a10", "return-interviews-offered-in-time", "awaiting-allocation");
        JsonNode reReferrals = fromCensus.get("re-referrals");
        assertEquals(reReferrals.get("numerator").asLong(), reReferrals.get("denominator").asLong(),
                "a referral with no earlier one in the census year may follow one closed before it: not counted as a first referral "
                        + reReferrals);
        assertTrue(reReferrals.get("casesNotJudged").asLong() > 0, reReferrals.toString());
    }

    @Test
    void theWorkbookGivesOneOffTimescalesButNoRateOfADutyItHoldsOnlyTheLatestOfNorARereferralRate() {
        judged(fromWorkbook, "assessments-in-time", "initial-conferences-in-time", "long-term-placement-stability");
        for (String id : List.of("adoption-a1", "adoption-a2", "adoption-a10")) {
            JsonNode figures = fromWorkbook.get(id);
            assertTrue(figures.get("denominator").asLong() == 0 && figures.get("casesNotJudged").asLong() == 0
                    && !figures.get("notHeld").asBoolean(), "List 10 holds adoption orders, and the sample's children"
                    + " have none: none judged, not 'not held' " + id + ": " + figures);
        }
        // Only the latest visit, review and review conference: the occasions after it are late by construction,
        // so a rate from them would be near 0% (it was 2.9% for looked-after visits); not held instead.
        notHeld(fromWorkbook, "lac-reviews-in-time", "lac-visits-in-time", "cp-visits-in-time", "cp-reviews-in-time",
                "three-or-more-placements", "return-interviews-offered-in-time");
        JsonNode reReferrals = fromWorkbook.get("re-referrals");
        assertFalse(reReferrals.get("denominator").asLong() > reReferrals.get("numerator").asLong(),
                "Lists 1 and 3 cover only a period before the inspection: " + reReferrals);
        assertTrue(reReferrals.get("casesNotJudged").asLong() > 0, reReferrals.toString());
    }
}
