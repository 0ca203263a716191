package uk.practicecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.policy.Due;

class FindingRecorderTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @Test
    void findingsWithDeadlinesComeEarliestFirstWhateverOrderTheyWereRecordedIn() {
        FindingRecorder recorder = new FindingRecorder();
        recorder.startCase(new CaseSummary(), AS_OF);
        recorder.enterRule("r");
        recorder.about("no deadline").require("ok", true);
        recorder.about("later").due(Due.onDay(LocalDate.of(2026, 5, 1), "b")).done(LocalDate.of(2026, 4, 1), "f");
        recorder.about("earlier").due(Due.onDay(LocalDate.of(2026, 3, 1), "a")).done(LocalDate.of(2026, 2, 1), "f");

        List<String> subjects = recorder.findingsFor("r").stream().map(Finding::subject).toList();

        assertEquals(List.of("earlier", "later", "no deadline"), subjects);
    }

    @Test
    void asOfIsTheDateTheCaseIsEvaluatedAs() {
        FindingRecorder recorder = new FindingRecorder();
        recorder.startCase(new CaseSummary(), AS_OF);
        assertEquals(AS_OF, recorder.asOf());
    }
}
