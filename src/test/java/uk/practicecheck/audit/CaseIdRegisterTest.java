package uk.practicecheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import uk.practicecheck.io.RecordSource;

class CaseIdRegisterTest {

    @Test
    void namesTheFirstRecordOfEveryIdSeenAgainAcrossFilesAndGrowth() {
        CaseIdRegister register = new CaseIdRegister();
        for (int i = 1; i <= 20_000; i++) {
            assertNull(register.firstUse("C-" + i, new RecordSource(i % 2 == 0 ? "even.ndjson" : "odd.ndjson", i)));
        }
        for (int i = 1; i <= 20_000; i += 997) {
            assertEquals(new RecordSource(i % 2 == 0 ? "even.ndjson" : "odd.ndjson", i),
                    register.firstUse("C-" + i, new RecordSource("later.json", 1)));
        }
        assertNull(register.firstUse("C-20001", new RecordSource("later.json", 2)));
    }
}
