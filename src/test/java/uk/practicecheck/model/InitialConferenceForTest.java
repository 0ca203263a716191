package uk.practicecheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which initial conference followed which section 47 enquiries, as the initial conference rule judges it. */
class InitialConferenceForTest {

    private static Section47Enquiry enquiry(String strategyDiscussion, Boolean icpcRequired) {
        Section47Enquiry enquiry = new Section47Enquiry();
        enquiry.setStart(LocalDate.parse(strategyDiscussion));
        enquiry.setStrategyDiscussion(LocalDate.parse(strategyDiscussion));
        enquiry.setIcpcRequired(icpcRequired);
        return enquiry;
    }

    private static Conference initial(String date) {
        Conference conference = new Conference();
        conference.setType(ConferenceType.INITIAL);
        conference.setDate(LocalDate.parse(date));
        return conference;
    }

    private static CaseSummary with(List<Section47Enquiry> enquiries, Conference... conferences) {
        CaseSummary summary = new CaseSummary();
        summary.setSection47Enquiries(new ArrayList<>(enquiries));
        summary.setConferences(new ArrayList<>(List.of(conferences)));
        return summary;
    }

    @Test
    void aConferenceAfterLaterEnquiriesStartedIsTheirsNotTheEarlierOnes() {
        Section47Enquiry january = enquiry("2026-01-05", false);
        Section47Enquiry june = enquiry("2026-06-01", true);
        CaseSummary summary = with(List.of(june, january), initial("2026-06-12"));

        assertNull(summary.initialConferenceFor(january));
        assertEquals(Boolean.FALSE, summary.initialConferenceNeeded(january));
        assertEquals(LocalDate.parse("2026-06-12"), summary.initialConferenceFor(june));
    }

    @Test
    void aConferenceBeforeLaterEnquiriesStartedIsTheEarlierOnes() {
        Section47Enquiry january = enquiry("2026-01-05", null);
        Section47Enquiry june = enquiry("2026-06-01", true);
        CaseSummary summary = with(List.of(january, june), initial("2026-01-20"), initial("2026-06-12"));

        assertEquals(LocalDate.parse("2026-01-20"), summary.initialConferenceFor(january));
        assertEquals(Boolean.TRUE, summary.initialConferenceNeeded(january));
        assertEquals(LocalDate.parse("2026-06-12"), summary.initialConferenceFor(june));
    }

    @Test
    void laterEnquiriesStartingOnTheConferenceDayLeaveItWithTheEarlierOnes() {
        Section47Enquiry first = enquiry("2026-01-05", true);
        Section47Enquiry second = enquiry("2026-01-20", true);
        CaseSummary summary = with(List.of(first, second), initial("2026-01-20"));

        assertEquals(LocalDate.parse("2026-01-20"), summary.initialConferenceFor(first));
    }
}
