package uk.practicecheck.ssda903;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.model.CaseSummary;

/** Writes small SSDA903 CSV tables for tests, and picks cases out of what is read. */
final class Tables {
    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
    static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE";
    static final String MISSING = "CHILD,DOB,MISSING,MIS_START,MIS_END";
    static final String AD1 = "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR";
    static final String PLACED = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED";
    static final String OC3 = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";

    private Tables() {
    }

    static Path write(Path folder, String file, String headings, String... rows) throws IOException {
        Files.createDirectories(folder);
        StringBuilder text = new StringBuilder(headings).append("\r\n");
        for (String row : rows) {
            text.append(row).append("\r\n");
        }
        return Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
    }

    /** An episode row with the columns practice-check reads, the rest blank. */
    static String episode(String child, String start, String rne, String ls, String place, String end, String rec) {
        return String.join(",", child, start, rne, ls, "N1", place, "PR1", end, rec, "", "", "", "");
    }

    static CaseSummary caseOf(List<ReadResult> records, String childId) {
        return records.stream().filter(r -> r instanceof ReadResult.Ok).map(r -> ((ReadResult.Ok) r).parsed())
                .filter(p -> p.summary().getCaseId().equals(childId)).findFirst().orElseThrow().summary();
    }

    static List<String> warningsOf(List<ReadResult> records, String childId) {
        return records.stream().filter(r -> r instanceof ReadResult.Ok).map(r -> ((ReadResult.Ok) r).parsed())
                .filter(p -> p.summary().getCaseId().equals(childId)).findFirst().orElseThrow().warnings();
    }
}
