package uk.practicecheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** One held/not-held mechanism: a collection not held means none of its fields is; partial histories. */
class HeldFieldsOfACaseTest {

    private static CaseSummary notHolding(String... paths) {
        CaseSummary summary = new CaseSummary();
        summary.setNotHeld(new LinkedHashSet<>(List.of(paths)));
        return summary;
    }

    @Test
    void aCollectionNotHeldMeansNoneOfItsFieldsIs() {
        CaseSummary summary = notHolding("missingEpisodes", "reviews.date");

        assertFalse(summary.holds("missingEpisodes"));
        assertFalse(summary.holds("missingEpisodes.returnInterviewHeld"));
        assertFalse(summary.holds("reviews.date"));
        assertTrue(summary.holds("reviews"), "the reviews are held, only not their dates");
        assertTrue(summary.holds("reviews.decisions"));
        assertTrue(summary.holds("missingEpisodesCount"), "a path is matched whole, not by its first letters");
    }

    @Test
    void aFieldIsHeldFromTheLatestDayGivenForItOrTheCollectionItBelongsTo() {
        CaseSummary summary = new CaseSummary();
        summary.setHeldFrom(new TreeMap<>(Map.of("visits", LocalDate.parse("2026-04-01"),
                "visits.seenAlone", LocalDate.parse("2026-05-01"))));

        assertEquals(LocalDate.parse("2026-04-01"), summary.heldFrom("visits.date"));
        assertEquals(LocalDate.parse("2026-05-01"), summary.heldFrom("visits.seenAlone"));
        assertNull(summary.heldFrom("reviews.date"));
        assertTrue(summary.holds("visits.date"), "held from a day on is held");
    }
}
