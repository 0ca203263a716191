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

        assertNull(summary.initialConferenceFor(episode(summary, january)));
        assertEquals(Boolean.FALSE, summary.initialConferenceNeeded(episode(summary, january)));
        assertEquals(LocalDate.parse("2026-06-12"), summary.initialConferenceFor(episode(summary, june)));
    }

    @Test
    void aConferenceBeforeLaterEnquiriesStartedIsTheEarlierOnes() {
        Section47Enquiry january = enquiry("2026-01-05", null);
        Section47Enquiry june = enquiry("2026-06-01", true);
        CaseSummary summary = with(List.of(january, june), initial("2026-01-20"), initial("2026-06-12"));

        assertEquals(LocalDate.parse("2026-01-20"), summary.initialConferenceFor(episode(summary, january)));
        assertEquals(Boolean.TRUE, summary.initialConferenceNeeded(episode(summary, january)));
        assertEquals(LocalDate.parse("2026-06-12"), summary.initialConferenceFor(episode(summary, june)));
    }

    @Test
    void laterEnquiriesStartingOnTheConferenceDayLeaveItWithTheEarlierOnes() {
        Section47Enquiry first = enquiry("2026-01-05", true);
        Section47Enquiry second = enquiry("2026-01-20", true);
        CaseSummary summary = with(List.of(first, second), initial("2026-01-20"));

        assertEquals(LocalDate.parse("2026-01-20"), summary.initialConferenceFor(episode(summary, first)));
        assertNull(summary.initialConferenceFor(episode(summary, second)), "one conference is not credited to both");
    }

    @Test
    void aStrategyDiscussionThatInitiatedEnquiriesWithoutARecordOfTheirOwnIsASetOfEnquiries() {
        StrategyDiscussion discussion = new StrategyDiscussion();
        discussion.setDate(LocalDate.parse("2026-03-02"));
        discussion.setSection47Initiated(true);
        CaseSummary summary = with(List.of(), initial("2026-04-20"));
        summary.setStrategyDiscussions(new ArrayList<>(List.of(discussion)));

        List<Section47Episode> episodes = summary.section47Episodes();
        assertEquals(1, episodes.size());
        assertEquals(LocalDate.parse("2026-03-02"), episodes.get(0).clockFrom());
        assertEquals(LocalDate.parse("2026-04-20"), summary.initialConferenceFor(episodes.get(0)));
    }

    @Test
    void enquiriesNamingNoDiscussionAreMatchedToTheLatestBeforeTheirStart() {
        StrategyDiscussion earlier = new StrategyDiscussion();
        earlier.setDate(LocalDate.parse("2026-02-02"));
        StrategyDiscussion discussion = new StrategyDiscussion();
        discussion.setDate(LocalDate.parse("2026-03-02"));
        discussion.setSection47Initiated(true);
        Section47Enquiry enquiry = new Section47Enquiry();
        enquiry.setStart(LocalDate.parse("2026-03-04"));
        CaseSummary summary = with(List.of(enquiry));
        summary.setStrategyDiscussions(new ArrayList<>(List.of(earlier, discussion)));

        List<Section47Episode> episodes = summary.section47Episodes();
        assertEquals(1, episodes.size(), "the discussion is the enquiries', not a set of its own");
        assertEquals(LocalDate.parse("2026-03-02"), episodes.get(0).discussion());
    }

    private static Section47Episode episode(CaseSummary summary, Section47Enquiry enquiry) {
        return summary.section47Episodes().stream().filter(e -> e.started().equals(enquiry.getStart())).findFirst().orElseThrow();
    }
}
