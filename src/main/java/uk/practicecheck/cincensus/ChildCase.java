package uk.practicecheck.cincensus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.practicecheck.model.Assessment;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.Closure;
import uk.practicecheck.model.Conference;
import uk.practicecheck.model.ConferenceType;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.Plan;
import uk.practicecheck.model.PlanType;
import uk.practicecheck.model.RecordOrder;
import uk.practicecheck.model.Referral;
import uk.practicecheck.model.Section47Enquiry;
import uk.practicecheck.model.StrategyDiscussion;
import uk.practicecheck.returns.Values;

/** One {@code Child} of the census, read into a case summary, with where each problem is. */
final class ChildCase {
    /** A value that cannot be read, or a group without its start date. */
    record Problem(String where, String reason) {
    }

    private final String where;
    private final CaseSummary summary = new CaseSummary();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String childId;
    private LocalDate latest;
    private LocalDate firstReferral;
    /** Whether an assessment's authorisation date was set aside as inconsistent (see {@link #authorisationUnknown()}). */
    private boolean authorisationUnknown;

    /** @param where the child's place in the file: "cin.xml: Child[3]" */
    ChildCase(String where) {
        this.where = where;
    }

    String childId() {
        return childId;
    }

    String where() {
        return where;
    }

    List<Problem> problems() {
        return problems;
    }

    List<String> warnings() {
        return warnings;
    }

    /** The latest date the child's record gives (not the date of birth). */
    LocalDate latest() {
        return latest;
    }

    /** The earliest referral of the child's CIN episodes in the census. */
    LocalDate firstReferral() {
        return firstReferral;
    }

    /**
     * Whether an assessment of the child is authorised before it starts: the date is set aside, and
     * the child's case does not hold assessments' authorisation dates, so that what depends on them
     * says "cannot tell" rather than "not done".
     */
    boolean authorisationUnknown() {
        return authorisationUnknown;
    }

    /** Reads the child's element; the case keeps what it needs, not the element. */
    void read(CinCensus.Element child) {
        CinCensus.Element ids = child.child("ChildIdentifiers");
        childId = ids == null ? null : text(ids.child("LAchildID"));
        summary.setSchemaVersion("1");
        summary.setCaseId(childId);
        if (ids != null) {
            summary.setDateOfBirth(date(ids, "PersonBirthDate", false, false));
        }
        for (CinCensus.Element details : child.all("CINdetails")) {
            episode(details);
        }
        summary.getReferrals().sort(Comparator.comparing(Referral::getReceived));
        // An assessment, enquiry or plan without its start date is kept undated, in its place among the others.
        summary.setAssessments(inOrder(summary.getAssessments(), Assessment::getStart));
        summary.setSection47Enquiries(inOrder(summary.getSection47Enquiries(), Section47Enquiry::getStart));
        summary.setStrategyDiscussions(inOrder(summary.getStrategyDiscussions(), StrategyDiscussion::getDate));
        summary.getConferences().sort(Comparator.comparing(Conference::getDate));
        summary.getLegalStatuses().sort(Comparator.comparing(LegalStatus::getStart));
        summary.setPlans(inOrder(summary.getPlans(), Plan::getDate));
        summary.getClosures().sort(Comparator.comparing(Closure::getDate));
    }

    /** The records oldest first, each undated one after the dated one listed before it. */
    private static <T> List<T> inOrder(List<T> records, Function<T, LocalDate> day) {
        return new ArrayList<>(RecordOrder.inOrder(records, day, d -> true));
    }

    CaseSummary summary(Set<String> notHeld, Map<String, LocalDate> heldFrom) {
        summary.setNotHeld(notHeld);
        summary.setHeldFrom(heldFrom);
        return summary;
    }

    /** One CIN episode: a referral, and what followed it. */
    private void episode(CinCensus.Element details) {
        LocalDate referred = date(details, "CINreferralDate", true, true);
        if (referred != null && (firstReferral == null || referred.isBefore(firstReferral))) {
            firstReferral = referred;
        }
        String source = code(details.child("ReferralSource"), CinCodes.REFERRAL_SOURCE, "referral source");
        code(details.child("PrimaryNeedCode"), CinCodes.PRIMARY_NEED, "primary need");
        Boolean nfa = flag(details.child("ReferralNFA"));
        LocalDate closed = date(details, "CINclosureDate", false, true);
        String reason = code(details.child("ReasonForClosure"), CinCodes.REASON_FOR_CLOSURE, "reason for closure");
        if (referred != null) {
            Referral referral = new Referral();
            referral.setReceived(referred);
            referral.setSource(source == null ? null : CinCodes.REFERRAL_SOURCE.getOrDefault(source, source));
            referral.setOutcome(nfa == null ? null : nfa ? "no further action" : "further action");
            summary.getReferrals().add(referral);
            if (!Boolean.TRUE.equals(nfa)) {
                summary.getLegalStatuses().add(LegalStatus.of(LegalStatusType.CHILD_IN_NEED, referred, closed, null));
            }
        }
        if (closed != null) {
            if (referred != null && closed.isBefore(referred)) {
                problem(details.child("CINclosureDate"), "the episode closes (" + closed + ") before its referral (" + referred + ")");
            }
            Closure closure = new Closure();
            closure.setDate(closed);
            closure.setStepDownToEarlyHelp(reason == null ? null : CinCodes.STEP_DOWN.equals(reason));
            summary.getClosures().add(closure);
        }
        for (CinCensus.Element assessment : details.all("Assessments")) {
            assessment(assessment, referred);
        }
        for (CinCensus.Element plan : details.all("CINPlanDates")) {
            LocalDate start = undatedUnless(plan, "CINPlanStartDate", "child in need plan");
            date(plan, "CINPlanEndDate", false, true);
            if (start != null || absent(plan, "CINPlanStartDate")) {
                plan(PlanType.CHILD_IN_NEED, start);
            }
        }
        List<LocalDate> planStarts = new ArrayList<>();
        for (CinCensus.Element plan : details.all("ChildProtectionPlans")) {
            LocalDate start = childProtectionPlan(plan);
            if (start != null) {
                planStarts.add(start);
            }
        }
        for (CinCensus.Element enquiry : details.all("Section47")) {
            section47(enquiry, planStarts);
        }
        LocalDate icpc = date(details, "DateOfInitialCPC", false, true);
        if (icpc != null && summary.getConferences().stream().noneMatch(c -> c.getType() == ConferenceType.INITIAL
                && c.getDate().equals(icpc))) {
            initialConference(icpc, planStarts);
        }
    }

    private void assessment(CinCensus.Element element, LocalDate referred) {
        LocalDate start = undatedUnless(element, "AssessmentActualStartDate", "assessment");
        LocalDate authorised = date(element, "AssessmentAuthorisationDate", false, true);
        date(element, "AssessmentInternalReviewDate", false, true);
        if (start == null && !absent(element, "AssessmentActualStartDate")) {
            return;
        }
        Assessment assessment = new Assessment();
        assessment.setStart(start);
        if (start != null && authorised != null && authorised.isBefore(start)) {
            // One inconsistent date does not lose the child: the date is set aside, and cannot tell is said of what needs it.
            warnings.add(element.child("AssessmentAuthorisationDate").path() + ": child " + childId + "'s assessment is authorised ("
                    + authorised + ") before it starts (" + start + "); the child was read with that date taken as unknown,"
                    + " so whether the child's assessments were completed in time cannot be told");
            authorisationUnknown = true;
        } else {
            assessment.setAuthorised(authorised);
        }
        assessment.setReferralDate(referred != null && (start == null || !referred.isAfter(start)) ? referred : null);
        summary.getAssessments().add(assessment);
    }

    private void section47(CinCensus.Element element, List<LocalDate> planStarts) {
        LocalDate start = undatedUnless(element, "S47ActualStartDate", "section 47 enquiry");
        date(element, "InitialCPCtarget", false, false);
        LocalDate icpc = date(element, "DateOfInitialCPC", false, true);
        Boolean notRequired = flag(element.child("ICPCnotRequired"));
        if (start == null && !absent(element, "S47ActualStartDate")) {
            return;
        }
        StrategyDiscussion discussion = new StrategyDiscussion();
        discussion.setDate(start);
        discussion.setSection47Initiated(Boolean.TRUE);
        summary.getStrategyDiscussions().add(discussion);
        Section47Enquiry enquiry = new Section47Enquiry();
        enquiry.setStart(start);
        enquiry.setStrategyDiscussion(start);
        if (Boolean.TRUE.equals(notRequired)) {
            enquiry.setIcpcRequired(Boolean.FALSE);
        } else if (icpc != null || Boolean.FALSE.equals(notRequired)) {
            enquiry.setIcpcRequired(Boolean.TRUE);
        }
        summary.getSection47Enquiries().add(enquiry);
        if (icpc != null) {
            initialConference(icpc, planStarts);
        }
    }

    private void initialConference(LocalDate date, List<LocalDate> planStarts) {
        Conference conference = new Conference();
        conference.setType(ConferenceType.INITIAL);
        conference.setDate(date);
        conference.setChildProtectionPlan(planStarts.contains(date));
        summary.getConferences().add(conference);
    }

    /** A child protection plan, its period and its review conferences; returns its start. */
    private LocalDate childProtectionPlan(CinCensus.Element element) {
        LocalDate start = date(element, "CPPstartDate", true, true);
        LocalDate end = date(element, "CPPendDate", false, true);
        code(element.child("InitialCategoryOfAbuse"), CinCodes.CATEGORY_OF_ABUSE, "category of abuse");
        code(element.child("LatestCategoryOfAbuse"), CinCodes.CATEGORY_OF_ABUSE, "category of abuse");
        List<LocalDate> reviews = new ArrayList<>();
        for (CinCensus.Element group : element.all("Reviews")) {
            for (CinCensus.Element review : group.all("CPPreviewDate")) {
                LocalDate date = date(review, true);
                if (date != null) {
                    reviews.add(date);
                }
            }
        }
        if (start == null) {
            return null;
        }
        if (end != null && end.isBefore(start)) {
            problem(element.child("CPPendDate"), "the plan ends (" + end + ") before it starts (" + start + ")");
        }
        summary.getLegalStatuses().add(LegalStatus.of(LegalStatusType.CHILD_PROTECTION, start, end, null));
        plan(PlanType.CHILD_PROTECTION, start);
        for (LocalDate date : reviews) {
            Conference conference = new Conference();
            conference.setType(ConferenceType.REVIEW);
            conference.setDate(date);
            summary.getConferences().add(conference);
        }
        return start;
    }

    private void plan(PlanType type, LocalDate date) {
        Plan plan = new Plan();
        plan.setType(type);
        plan.setDate(date);
        summary.getPlans().add(plan);
    }

    /**
     * The start date of a group that should have one: without it, the group is read undated (what
     * depends on when it started cannot be told), with a warning; one that cannot be read is a problem.
     */
    private LocalDate undatedUnless(CinCensus.Element group, String name, String what) {
        LocalDate start = date(group, name, false, true);
        if (start == null && absent(group, name)) {
            warnings.add(group.path() + "/" + name + ": child " + childId + "'s " + what + " has no start date; it was read"
                    + " undated, so what depends on when it started cannot be told");
        }
        return start;
    }

    /** Whether the group's element {@code name} is missing or blank (not there to be misread). */
    private static boolean absent(CinCensus.Element group, String name) {
        CinCensus.Element element = group.child(name);
        return element == null || Values.text(element.text()) == null;
    }

    private void problem(CinCensus.Element element, String reason) {
        problems.add(new Problem(element.path(), reason));
    }

    private static String text(CinCensus.Element element) {
        return element == null ? null : Values.text(element.text());
    }

    /**
     * The date in the element {@code name} of {@code group}; a required one missing is a problem
     * named by where the element should be.
     */
    private LocalDate date(CinCensus.Element group, String name, boolean required, boolean event) {
        CinCensus.Element element = group.child(name);
        if (element == null || Values.text(element.text()) == null) {
            if (required) {
                problems.add(new Problem(group.path() + "/" + name, "required: the " + group.name() + " group has no " + name));
            }
            return null;
        }
        return date(element, event);
    }

    private LocalDate date(CinCensus.Element element, boolean event) {
        if (Values.text(element.text()) == null) {
            return null;
        }
        try {
            LocalDate date = Values.date(element.text());
            if (event && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
            return date;
        } catch (Values.BadValue e) {
            problem(element, e.getMessage());
            return null;
        }
    }

    private Boolean flag(CinCensus.Element element) {
        if (element == null) {
            return null;
        }
        try {
            return Values.flag(element.text());
        } catch (Values.BadValue e) {
            problem(element, e.getMessage());
            return null;
        }
    }

    private String code(CinCensus.Element element, Map<String, String> codes, String what) {
        String code = element == null ? null : Values.code(element.text());
        if (code != null && !codes.containsKey(code)) {
            warnings.add(element.path() + ": '" + code + "' is not a known " + what + " code");
        }
        return code;
    }
}
