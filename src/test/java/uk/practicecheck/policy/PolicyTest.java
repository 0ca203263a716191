package uk.practicecheck.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.practicecheck.calendar.WorkingDays;
import uk.practicecheck.model.PlanType;

class PolicyTest {
    private final Policy defaults = PolicyLoader.defaults();

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} + {1} months = {2}")
    @CsvSource({
        "2025-11-30, 3, 2026-02-28",
        "2024-01-31, 1, 2024-02-29",
        "2025-01-31, 1, 2025-02-28",
        "2026-08-31, 6, 2027-02-28",
        "2026-03-31, 3, 2026-06-30",
        "2026-02-14, 3, 2026-05-14"})
    void monthsLandOnTheSameDayOrTheMonthsLastDay(LocalDate from, int months, LocalDate expected) {
        Timescale timescale = new Timescale(months, TimeUnit.MONTHS, "test", "test");

        assertEquals(expected, timescale.dueAfter(from, WorkingDays.englandAndWales()));
    }

    @Test
    void theFourMonthReviewIsDueThreeMonthsAfterTheFirstEvenAtAMonthEnd() {
        Due due = defaults.due(Policy.SECOND_LOOKED_AFTER_REVIEW, LocalDate.of(2025, 11, 30), "review 1 held");

        assertEquals(LocalDate.of(2026, 2, 28), due.date());
        assertFalse(due.timed());
        assertEquals("3 months after review 1 held on 2025-11-30", due.basis());
    }

    @Test
    void theFirstReviewIsDueTwentyWorkingDaysAfterBecomingLookedAfter() {
        Due due = defaults.due(Policy.FIRST_LOOKED_AFTER_REVIEW, LocalDate.of(2026, 10, 19), "becoming looked after");

        assertEquals(LocalDate.of(2026, 11, 16), due.date());
        assertEquals("20 working days after becoming looked after on 2026-10-19", due.basis());
    }

    @Test
    void anHourTimescaleIsDueAtATime() {
        Due due = defaults.due("missing.returnInterview.offer", LocalDateTime.of(2026, 11, 21, 18, 30), "return");

        assertTrue(due.timed());
        assertEquals(LocalDateTime.of(2026, 11, 24, 18, 30), due.by());
        assertEquals("2026-11-24 18:30", due.text());
        assertTrue(due.isMetBy(LocalDateTime.of(2026, 11, 24, 18, 30)));
        assertFalse(due.isMetBy(LocalDateTime.of(2026, 11, 24, 18, 31)));
        assertTrue(due.isOpenOn(LocalDate.of(2026, 11, 24)));
        assertFalse(due.isOpenOn(LocalDate.of(2026, 11, 25)));
    }

    @Test
    void aDayTimescaleFromAMomentIsCountedInWholeDaysFromItsDay() {
        // 20 working days from Monday 19 October 2026 at 15:45: Monday 16 November, the whole day.
        Due due = defaults.due(Policy.FIRST_LOOKED_AFTER_REVIEW, LocalDateTime.of(2026, 10, 19, 15, 45), "becoming looked after");

        assertEquals(defaults.due(Policy.FIRST_LOOKED_AFTER_REVIEW, LocalDate.of(2026, 10, 19), "becoming looked after"), due);
        assertEquals(LocalDateTime.of(2026, 11, 16, 0, 0), due.by());
        assertEquals(LocalDate.of(2026, 10, 19), due.countedFrom());
        assertTrue(due.isMetOn(LocalDate.of(2026, 11, 16)));
        assertFalse(due.isMetOn(LocalDate.of(2026, 11, 17)));
    }

    @Test
    void anHourDeadlineMetOnADayAloneIsMetOnlyWhateverTheTime() {
        Due due = defaults.due("missing.returnInterview.offer", LocalDateTime.of(2026, 11, 21, 18, 30), "return");

        assertTrue(due.isMetOn(LocalDate.of(2026, 11, 23)));
        assertFalse(due.isMetOn(LocalDate.of(2026, 11, 24)), "the 24th may have been after 18:30");
    }

    @Test
    void aDayTimescaleIsMetAnyTimeOnTheDueDay() {
        Due due = Due.onDay(LocalDate.of(2026, 9, 4), "test");

        assertTrue(due.isMetBy(LocalDateTime.of(2026, 9, 4, 23, 59)));
        assertFalse(due.isMetBy(LocalDateTime.of(2026, 9, 5, 0, 0)));
    }

    @Test
    void anOverrideReplacesOneTimescaleAndKeepsTheRest() throws Exception {
        Path file = write("local.json", """
                {"timescales": {"adoption.familyFinding.start": {"amount": 5, "unit": "WORKING_DAYS"}}}""");

        Policy local = PolicyLoader.withOverrides(file);

        Timescale familyFinding = local.timescale("adoption.familyFinding.start");
        assertEquals(5, familyFinding.amount());
        assertEquals("start family finding after adoption becomes the plan at a statutory review", familyFinding.description());
        assertEquals("local standard (local.json)", familyFinding.source());
        assertEquals(defaults.timescale("missing.returnInterview.offer"), local.timescale("missing.returnInterview.offer"));
        assertEquals("Statutory defaults (England) with local overrides", local.name());
    }

    @Test
    void anOverrideOfAnUnknownTimescaleIsRejectedNamingIt() throws Exception {
        Path file = write("misspelt.json", """
                {"timescales": {"adoption.familyFinding.begin": {"amount": 5, "unit": "WORKING_DAYS"}}}""");

        PolicyLoader.PolicyException e = assertThrows(PolicyLoader.PolicyException.class, () -> PolicyLoader.withOverrides(file));

        assertTrue(e.getMessage().startsWith(file + ": unknown timescale 'adoption.familyFinding.begin'"), e.getMessage());
        assertTrue(e.getMessage().contains("adoption.familyFinding.start"), "lists the known keys: " + e.getMessage());
    }

    @Test
    void aRuleCitesATimescaleOrADutyThroughThePolicy() {
        StatutorySource review = defaults.statutorySource("lookedAfter.review.first");
        StatutorySource seenAlone = defaults.statutorySource("lookedAfter.visit.seenAlone");
        StatutorySource unknown = defaults.statutorySource("lookedAfter.visit.seenAlon");

        assertTrue(review.source().startsWith("Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33"),
                review.source());
        assertTrue(seenAlone.source().contains("regulation 29"), seenAlone.source());
        assertEquals("the child is seen alone at each statutory visit", seenAlone.description());
        assertFalse(unknown.known());
    }

    @Test
    void anOverrideReplacesADutysSourceWithTheLocalStandard() throws Exception {
        Path file = write("duties.json", """
                {"duties": {"plans.childViews": {"description": "every plan records the child's views"}}}""");

        Policy local = PolicyLoader.withOverrides(file);

        assertEquals("every plan records the child's views", local.statutorySource("plans.childViews").description());
        assertEquals("local standard (duties.json)", local.statutorySource("plans.childViews").source());
        assertEquals(defaults.duties().get("lookedAfter.visit.seenAlone"), local.duties().get("lookedAfter.visit.seenAlone"));
    }

    @Test
    void anOverrideOfAnUnknownDutyIsRejectedNamingIt() throws Exception {
        Path file = write("misspelt-duty.json", """
                {"duties": {"plans.childView": {"source": "local"}}}""");

        PolicyLoader.PolicyException e = assertThrows(PolicyLoader.PolicyException.class, () -> PolicyLoader.withOverrides(file));

        assertTrue(e.getMessage().startsWith(file + ": unknown duty 'plans.childView' (did you mean 'plans.childViews'?)"),
                e.getMessage());
    }

    @Test
    void aLocalPolicyAddsATimescaleForALocalRuleWithoutARebuild() throws Exception {
        Path file = write("local-rule.json", """
                {"timescales": {"earlyHelp.review": {"amount": 3, "unit": "MONTHS",
                  "description": "review the early help plan", "source": "Anytown early help standard 2026"}}}""");

        Policy local = PolicyLoader.withOverrides(file);

        assertEquals(new Timescale(3, TimeUnit.MONTHS, "review the early help plan", "Anytown early help standard 2026"),
                local.timescale("earlyHelp.review"));
        assertEquals("Anytown early help standard 2026", local.statutorySource("earlyHelp.review").source());
        assertEquals(defaults.timescale("lookedAfter.review.first"), local.timescale("lookedAfter.review.first"));
    }

    @Test
    void aLocalPolicyAddsADutyForALocalRule() throws Exception {
        Path file = write("local-duty.json", """
                {"duties": {"earlyHelp.consent": {"description": "the family's consent to early help is recorded",
                  "source": "Anytown early help standard 2026"}}}""");

        Policy local = PolicyLoader.withOverrides(file);

        assertEquals("the family's consent to early help is recorded", local.duty("earlyHelp.consent").description());
        assertTrue(local.statutorySource("earlyHelp.consent").known());
    }

    @Test
    void aKeyTheDefaultsLackWithoutItsSourceIsTakenForAMisspellingAndNamesTheNearest() throws Exception {
        Path file = write("slip.json", """
                {"timescales": {"missing.returnInterview.ofer": {"amount": 24, "unit": "HOURS"}}}""");

        PolicyLoader.PolicyException e = assertThrows(PolicyLoader.PolicyException.class, () -> PolicyLoader.withOverrides(file));

        assertEquals(file + ": unknown timescale 'missing.returnInterview.ofer' (did you mean 'missing.returnInterview.offer'?);"
                + " a new timescale for a local rule needs a description and a source as well", e.getMessage());
    }

    @Test
    void whichPlansMustStateAContingencyIsAPolicySetting() throws Exception {
        Path file = write("every-plan.json", """
                {"duties": {"plans.contingency": {"planTypes": ["CHILD_IN_NEED", "CHILD_PROTECTION", "CARE", "PATHWAY"]}}}""");

        Policy local = PolicyLoader.withOverrides(file);

        assertTrue(defaults.duty("plans.contingency").covers(PlanType.CHILD_IN_NEED));
        assertFalse(defaults.duty("plans.contingency").covers(PlanType.CHILD_PROTECTION));
        assertTrue(local.duty("plans.contingency").covers(PlanType.CHILD_PROTECTION));
        assertFalse(local.duty("plans.contingency").covers(PlanType.SAFETY));
        assertEquals(defaults.duty("plans.contingency").description(), local.duty("plans.contingency").description());
        assertEquals("local standard (every-plan.json)", local.duty("plans.contingency").source());
    }

    @Test
    void aRuleAskingForAMisspeltKeyIsToldTheNearest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> defaults.timescale("lookedAfter.review.frist"));

        assertTrue(e.getMessage().endsWith("(did you mean 'lookedAfter.review.first'?)"), e.getMessage());
    }

    @Test
    void anUnknownFieldInAPolicyFileIsRejected() throws Exception {
        Path file = write("extra.json", """
                {"name": "Local", "timescale": {}}""");

        PolicyLoader.PolicyException e = assertThrows(PolicyLoader.PolicyException.class, () -> PolicyLoader.withOverrides(file));

        assertTrue(e.getMessage().contains("timescale"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void anUnknownUnitIsRejected() throws Exception {
        Path file = write("fortnights.json", """
                {"timescales": {"adoption.familyFinding.start": {"amount": 1, "unit": "FORTNIGHTS"}}}""");

        PolicyLoader.PolicyException e = assertThrows(PolicyLoader.PolicyException.class, () -> PolicyLoader.withOverrides(file));

        assertTrue(e.getMessage().contains("FORTNIGHTS"), e.getMessage());
    }

    @Test
    void timescaleWordsAreSingularForOne() {
        assertEquals("1 month", new Timescale(1, TimeUnit.MONTHS, null, null).words());
        assertEquals("10 working days", new Timescale(10, TimeUnit.WORKING_DAYS, null, null).words());
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(temp.resolve(name), json);
    }
}
