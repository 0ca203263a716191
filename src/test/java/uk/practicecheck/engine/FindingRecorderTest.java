package uk.practicecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.policy.Due;

class FindingRecorderTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @Test
    void findingsWithDeadlinesComeEarliestFirstWhateverOrderTheyWereRecordedIn() {
        FindingRecorder recorder = new FindingRecorder(List.of("r"));
        CaseSummary summary = new CaseSummary();
        recorder.startBatch(AS_OF);
        recorder.addCase(summary);
        recorder.enterRule(0, summary);
        recorder.about("no deadline").require("ok", true);
        recorder.about("later").due(Due.onDay(LocalDate.of(2026, 5, 1), "b")).done(LocalDate.of(2026, 4, 1), "f");
        recorder.about("earlier").due(Due.onDay(LocalDate.of(2026, 3, 1), "a")).done(LocalDate.of(2026, 2, 1), "f");

        List<String> subjects = recorder.findingsFor(summary)[0].stream().map(Finding::subject).toList();

        assertEquals(List.of("earlier", "later", "no deadline"), subjects);
    }

    @Test
    void findingsDueTheSameDayKeepTheOrderTheyWereRecordedIn() {
        FindingRecorder recorder = new FindingRecorder(List.of("r"));
        CaseSummary summary = new CaseSummary();
        recorder.startBatch(AS_OF);
        recorder.addCase(summary);
        recorder.enterRule(0, summary);
        recorder.about("visit 1").due(Due.onDay(LocalDate.of(2026, 3, 1), "a")).done(LocalDate.of(2026, 2, 1), "f");
        recorder.about("visit 2").due(Due.onDay(LocalDate.of(2026, 3, 1), "b")).done(LocalDate.of(2026, 2, 2), "f");
        recorder.about("no deadline").require("ok", true);
        recorder.about("visit 0").due(Due.onDay(LocalDate.of(2026, 1, 1), "c")).done(LocalDate.of(2026, 1, 1), "f");
        recorder.about("visit 3").due(Due.onDay(LocalDate.of(2026, 3, 1), "d")).done(LocalDate.of(2026, 2, 3), "f");

        List<String> subjects = recorder.findingsFor(summary)[0].stream().map(Finding::subject).toList();

        assertEquals(List.of("visit 0", "visit 1", "visit 2", "visit 3", "no deadline"), subjects);
    }

    @Test
    void asOfIsTheDateTheCaseIsEvaluatedAs() {
        FindingRecorder recorder = new FindingRecorder(List.of("r"));
        recorder.startBatch(AS_OF);
        assertEquals(AS_OF, recorder.asOf());
    }

    @Test
    void findingsAreKeptApartCaseByCaseInABatch() {
        FindingRecorder recorder = new FindingRecorder(List.of("r"));
        CaseSummary first = new CaseSummary();
        CaseSummary second = new CaseSummary();
        recorder.startBatch(AS_OF);
        recorder.addCase(first);
        recorder.addCase(second);
        recorder.enterRule(0, second);
        recorder.about("in the second case").require("ok", true);
        recorder.enterRule(0, first);
        recorder.about("in the first case").require("ok", false);

        assertEquals(List.of("in the first case"), recorder.findingsFor(first)[0].stream().map(Finding::subject).toList());
        assertEquals(Outcome.MET, recorder.findingsFor(second)[0].get(0).outcome());
    }

    @Test
    void aConsequenceOutsideAnyCaseOfTheBatchCannotRecord() {
        FindingRecorder recorder = new FindingRecorder(List.of("r"));
        recorder.startBatch(AS_OF);
        recorder.enterRule(0, null);
        assertThrows(IllegalStateException.class, () -> recorder.about("nothing"));
    }
}
