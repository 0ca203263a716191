package uk.practicecheck.history;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The history contract against the embedded default: a SQLite file. */
class SqliteHistoryTest extends HistoryContract {
    @TempDir
    Path folder;
    private int files;

    @Override
    HistoryLocation freshLocation() throws Exception {
        return HistoryLocation.resolve(folder.resolve("history-" + (++files) + ".db").toString(), Map.of());
    }
}
