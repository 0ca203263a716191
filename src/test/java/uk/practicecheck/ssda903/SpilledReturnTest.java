package uk.practicecheck.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.io.CaseSummaryWriter;
import uk.practicecheck.io.ReadResult;

/**
 * A return whose rows do not fit the memory given them is sorted by child through temporary files,
 * and read exactly as one whose rows do: the same records, in the same order, with the same
 * warnings, rejections, notes and collection years.
 */
class SpilledReturnTest {
    private static final LocalDate YEAR_END = LocalDate.of(2025, 3, 31);

    @TempDir
    Path dir;

    /** Every record in words: its source and case (as convert writes it) and warnings, or its rejection. */
    private static List<String> described(Ssda903Return.Result result) throws Exception {
        CaseSummaryWriter writer = new CaseSummaryWriter();
        List<String> lines = new ArrayList<>();
        for (ReadResult record : result.records()) {
            if (record instanceof ReadResult.Ok ok) {
                lines.add(ok.parsed().source() + " " + writer.json(ok.parsed().summary()) + " " + ok.parsed().warnings());
            } else {
                lines.add(((ReadResult.Rejected) record).rejection().describe());
            }
        }
        lines.add("notes " + result.notes());
        lines.add("periods " + result.periods() + " from " + result.heldFrom());
        return lines;
    }

    private static void assertReadTheSameSpilled(List<Path> returns) throws Exception {
        List<String> inMemory = described(Ssda903Return.read(returns, null, Long.MAX_VALUE));
        Ssda903Return.Result spilled = Ssda903Return.read(returns, null, 2_000);
        assertEquals(inMemory, described(spilled));
        assertEquals(inMemory, described(spilled), "gone through again, the same");
        int middle = spilled.records().size() / 2;
        assertEquals(described(Ssda903Return.read(returns, null, Long.MAX_VALUE)).get(middle),
                spilled.records().get(middle) instanceof ReadResult.Ok ok
                        ? ok.parsed().source() + " " + new CaseSummaryWriter().json(ok.parsed().summary()) + " " + ok.parsed().warnings()
                        : ((ReadResult.Rejected) spilled.records().get(middle)).rejection().describe(), "one record by its index");
    }

    @Test
    void csvTablesOfTwoYearsWithProblemsAreReadTheSameThroughTemporaryFiles() throws Exception {
        SyntheticSsda903 synthetic = new SyntheticSsda903(150, 5, YEAR_END);
        Path current = dir.resolve("2025");
        Path previous = dir.resolve("2024");
        synthetic.writeCsv(YEAR_END, current);
        synthetic.writeCsv(YEAR_END.minusYears(1), previous);
        Files.writeString(current.resolve("Episodes.csv"), ",10/05/2024,S,C1,N1,U6,PR1,,,,,,\r\n"
                + "0000007,31/02/2024,S,C1,N1,U6,PR1,,,,,,\r\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        List<String> read = described(Ssda903Return.read(List.of(current, previous), null, Long.MAX_VALUE));
        assertTrue(read.stream().anyMatch(line -> line.contains("the row has no child id")), "a row naming no child is a record");
        assertTrue(read.stream().anyMatch(line -> line.contains("child 0000007: '31/02/2024' is not a date")), read::toString);
        assertReadTheSameSpilled(List.of(current, previous));
    }

    @Test
    void theXmlFormIsReadTheSameThroughTemporaryFiles() throws Exception {
        Path xml = dir.resolve("903.xml");
        try (OutputStream out = Files.newOutputStream(xml)) {
            new SyntheticSsda903(150, 6, YEAR_END).writeXml(YEAR_END, out);
        }
        assertReadTheSameSpilled(List.of(xml));
    }
}
