package uk.practicecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.practicecheck.policy.Due;

class FindingTest {
    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);

    private static Check visit() {
        return new Check("visit 1", LocalDate.of(2026, 3, 4), field -> true).expect("visit")
                .due(Due.onDay(DUE, "6 weeks after the previous visit"));
    }

    @Test
    void textsAreWrittenOnlyOnceEvenWhenManyThreadsAskAtOnce() throws Exception {
        Finding finding = visit().done((LocalDate) null, "visits").conclude();

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> messages = threads.invokeAll(Collections.nCopies(8, finding::message));
            for (Future<String> message : messages) {
                // Written once: every thread gets the very same text.
                assertSame(messages.get(0).get(), message.get());
            }
        } finally {
            threads.shutdown();
        }
        assertEquals("No record of visit; due by 2026-03-01 (6 weeks after the previous visit), 3 days overdue.", finding.message());
        assertEquals("6 weeks after the previous visit", finding.dueBasis());
    }

    @Test
    void aFindingWithTextsWrittenLaterEqualsOneGivenThemAtOnce() {
        Finding later = visit().done(DUE, "visits").conclude();
        Finding now = new Finding("visit 1", Outcome.MET, "Visit 2026-03-01, on time (due by 2026-03-01: 6 weeks after the previous visit).",
                DUE, "2026-03-01", "6 weeks after the previous visit", DUE, "2026-03-01", null, List.of());

        assertEquals(now, later);
        assertEquals(now.hashCode(), later.hashCode());
        assertEquals(now.toString(), later.toString());
    }
}
