package uk.practicecheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PlacementTest {

    private static Boolean underConnectedPersonsRegulation(String recorded) {
        Placement placement = new Placement();
        placement.setAssessedUnderRegulation(recorded);
        return placement.assessedUnderConnectedPersonsRegulation();
    }

    @Test
    void recognisesTheConnectedPersonsRegulations() {
        assertEquals(true, underConnectedPersonsRegulation("Care Planning, Placement and Case Review (England) Regulations 2010, regulation 24"));
        assertEquals(true, underConnectedPersonsRegulation("reg 25 extension"));
        assertEquals(true, underConnectedPersonsRegulation("Fostering Services (England) Regulations 2011, reg. 27"));
    }

    @Test
    void rejectsOtherRegulations() {
        assertEquals(false, underConnectedPersonsRegulation("Children (Private Arrangements for Fostering) Regulations 2005"));
        assertEquals(false, underConnectedPersonsRegulation("Special Guardianship Regulations 2005, regulation 21"));
        assertEquals(false, underConnectedPersonsRegulation("regulation 240"));
    }

    @Test
    void unknownWhenNothingIsRecorded() {
        assertNull(underConnectedPersonsRegulation(null));
        assertNull(underConnectedPersonsRegulation("  "));
    }
}
