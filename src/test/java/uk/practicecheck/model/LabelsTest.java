package uk.practicecheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void aFieldPathReadsAsWords() {
        assertEquals("missing episodes (return interview held)", Labels.field("missingEpisodes.returnInterviewHeld"));
    }

    @Test
    void anAbbreviationInAFieldNameIsSpeltOut() {
        assertEquals("section 47 enquiries (initial child protection conference required)",
                Labels.field("section47Enquiries.icpcRequired"));
    }
}
