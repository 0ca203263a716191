package uk.practicecheck.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestNameTest {
    private static final List<String> FIELDS = List.of("strategyDiscussion", "strategyDiscussions", "section47Enquiries", "conferences");

    @Test
    void aSlipOfTheKeyboardFindsTheNameMeant() {
        assertEquals(Optional.of("strategyDiscussion"), NearestName.to("strategyDiscusion", FIELDS));
        assertEquals(Optional.of("conferences"), NearestName.to("Conferences", List.of("conferences", "conference.date")));
    }

    @Test
    void aNameFarFromEveryCandidateFindsNothing() {
        assertEquals(Optional.empty(), NearestName.to("favouriteColour", FIELDS));
        assertEquals(Optional.empty(), NearestName.to("", FIELDS));
    }

    @Test
    void theSuggestionReadsAsAQuestionOrIsEmpty() {
        assertEquals(" (did you mean 'section47Enquiries'?)", NearestName.suggestion("section47Enquires", FIELDS));
        assertEquals("", NearestName.suggestion("favouriteColour", FIELDS));
    }
}
