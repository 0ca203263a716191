package uk.practicecheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;

/** The fields the statutory returns add: why a spell ended, the adoption order, foster carers adopting, short breaks. */
class ReturnFieldsTest {
    private static final String CASE = """
            {"schemaVersion":"1","caseId":"R1",
             "legalStatuses":[{"status":"LOOKED_AFTER","start":"2024-01-10","end":"2025-02-01","endReason":"E11"}],
             "placements":[{"start":"2024-01-10","type":"FOSTER_CARE","shortBreak":true}],
             "adoption":{"placed":"2024-09-01","placedWithFosterCarers":true,"adoptionOrder":"2025-02-01"}}
            """;

    private CaseSummary read() {
        ReadResult result = new CaseSummaryReader().read(CASE.getBytes(StandardCharsets.UTF_8), new RecordSource("case.json", 1));
        return ((ReadResult.Ok) result).parsed().summary();
    }

    @Test
    void theFieldsAreRead() {
        CaseSummary c = read();
        assertEquals("E11", c.getLegalStatuses().get(0).getEndReason());
        assertTrue(c.getPlacements().get(0).getShortBreak());
        assertEquals(LocalDate.of(2025, 2, 1), c.getAdoption().getAdoptionOrder());
        assertTrue(c.getAdoption().getPlacedWithFosterCarers());
    }

    @Test
    void aSpellEndingAfterTheAsOfDateHasNoReasonYet() {
        CaseSummary c = AsOfView.restrict(read(), LocalDate.of(2024, 12, 31));
        assertNull(c.getLegalStatuses().get(0).getEnd());
        assertNull(c.getLegalStatuses().get(0).getEndReason());
        assertNull(c.getAdoption().getAdoptionOrder());
        assertTrue(c.getAdoption().getPlacedWithFosterCarers());
    }

    @Test
    void aPlacementForAdoptionAfterTheAsOfDateSaysNothingAboutWhoWithYet() {
        CaseSummary c = AsOfView.restrict(read(), LocalDate.of(2024, 8, 31));
        assertNull(c.getAdoption().getPlaced());
        assertNull(c.getAdoption().getPlacedWithFosterCarers());
    }
}
