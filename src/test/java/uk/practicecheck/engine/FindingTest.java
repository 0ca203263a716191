package uk.practicecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FindingTest {
    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);

    @Test
    void textsAreMadeWhenFirstAskedForAndOnlyOnceEvenWhenManyThreadsAskAtOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Finding finding = Finding.withTextsLater("visit 1", Outcome.NOT_MET, DUE, null, 3L, List.of(), () -> {
            made.incrementAndGet();
            return new Finding.Texts("No record of visit 1.", "2026-03-01", "6 weeks after the previous visit", null);
        });
        assertEquals(0, made.get(), "no text is made with the finding");

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> messages = threads.invokeAll(Collections.nCopies(8, finding::message));
            for (Future<String> message : messages) {
                assertEquals("No record of visit 1.", message.get());
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(1, made.get());
        assertEquals("6 weeks after the previous visit", finding.dueBasis());
    }

    @Test
    void aFindingWithTextsMadeLaterEqualsOneGivenThemAtOnce() {
        Finding later = Finding.withTextsLater("visit 1", Outcome.MET, DUE, DUE, null, List.of(),
                () -> new Finding.Texts("Visit 2026-03-01, on time.", "2026-03-01", "basis", "2026-03-01"));
        Finding now = new Finding("visit 1", Outcome.MET, "Visit 2026-03-01, on time.", DUE, "2026-03-01", "basis",
                DUE, "2026-03-01", null, List.of());

        assertEquals(now, later);
        assertEquals(now.hashCode(), later.hashCode());
        assertEquals(now.toString(), later.toString());
    }
}
