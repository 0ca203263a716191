package uk.practicecheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.generate.CaseGenerator;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.io.Rejection;

class PseudonymisationTest {
    private static final Pseudonymiser KEYED = new Pseudonymiser("test key".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path folder;

    @Test
    void noChildIdentifierSurvivesInAnyFormat() throws Exception {
        Path cases = folder.resolve("SYN-cohort.ndjson");
        StringWriter generated = new StringWriter();
        new CaseGenerator(5, AuditRunner.AS_OF).writeNdjson(300, generated);
        String input = generated + Files.readString(AuditReportsTest.COHORT);
        Files.writeString(cases, input);
        List<String> identifiers = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : input.split("\n")) {
            try {
                JsonNode node = mapper.readTree(line);
                for (String field : List.of("caseId", "childName")) {
                    if (node.hasNonNull(field)) {
                        identifiers.add(node.get(field).asText());
                    }
                }
            } catch (Exception unreadable) {
                // the deliberately broken records
            }
        }
        identifiers.add("Unquoted");
        identifiers.add(cases.toString());
        assertTrue(identifiers.size() > 600);

        Map<String, String> outputs = AuditRunner.allFormats(List.of(cases), 2, KEYED);

        for (Map.Entry<String, String> output : outputs.entrySet()) {
            for (String identifier : identifiers) {
                assertFalse(output.getValue().contains(identifier), output.getKey() + " contains " + identifier);
            }
        }
        assertTrue(outputs.get("csv").contains(KEYED.pseudonym("SYN-00000001")), "pseudonyms are shown instead");
    }

    @Test
    void theChildAnAnnexARejectionNamesIsPseudonymised() {
        Rejection rejection = KEYED.apply(new Rejection(new RecordSource("annex-a.xlsx", 17),
                "List 8 - Children in care, row 17, column F (Date of Latest Statutory Review)",
                "child AA00017: '31/02/2024' is not a date"));
        assertEquals("child " + KEYED.pseudonym("AA00017") + ": '…' is not a date", rejection.reason());
        assertEquals("List 8 - Children in care, row 17, column F (Date of Latest Statutory Review)", rejection.field());
        assertNotEquals("annex-a.xlsx", rejection.source().file());
    }

    @Test
    void pseudonymsAreStableForAKeyAndDifferBetweenKeys() {
        Pseudonymiser sameKey = new Pseudonymiser("test key".getBytes(StandardCharsets.UTF_8));
        Pseudonymiser otherKey = new Pseudonymiser("another key".getBytes(StandardCharsets.UTF_8));
        assertEquals(KEYED.pseudonym("SYN-00000001"), sameKey.pseudonym("SYN-00000001"));
        assertNotEquals(KEYED.pseudonym("SYN-00000001"), otherKey.pseudonym("SYN-00000001"));
        assertNotEquals(KEYED.pseudonym("SYN-00000001"), KEYED.pseudonym("SYN-00000002"));
        assertTrue(KEYED.pseudonym("SYN-00000001").matches("P-[0-9a-f]{12}"));
    }
}
