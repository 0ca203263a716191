package uk.practicecheck.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Objects;
import java.util.stream.Stream;
import uk.practicecheck.model.CompulsorySchoolAge;
import uk.practicecheck.model.EducationPlan;
import uk.practicecheck.model.HealthAssessment;
import uk.practicecheck.model.HealthAssessmentType;
import uk.practicecheck.model.Labels;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.LookedAfterPeriod;
import uk.practicecheck.model.Placement;
import uk.practicecheck.model.PlacementType;
import uk.practicecheck.model.Plan;
import uk.practicecheck.model.PlanType;
import uk.practicecheck.model.RecordOrder;
import uk.practicecheck.model.Review;
import uk.practicecheck.model.ReviewType;
import uk.practicecheck.model.Visit;
import uk.practicecheck.model.VisitType;

/**
 * The statutory timetables of a looked-after child and a care leaver, worked out from the
 * policy's timescales: visits, health assessments, personal education plans, pathway plan
 * reviews and adoption reviews. Rules reach it as {@code policy.timetables()}.
 */
public final class Timetables {
    public static final String VISIT_FIRST_WEEK = "lookedAfter.visit.firstWeek";
    public static final String VISIT_FIRST_YEAR = "lookedAfter.visit.firstYear";
    public static final String VISIT_AFTER_FIRST_YEAR = "lookedAfter.visit.afterFirstYear";
    public static final String VISIT_LONG_TERM = "lookedAfter.visit.longTerm";
    public static final String HEALTH_INITIAL = "lookedAfter.healthAssessment.initial";
    public static final String HEALTH_REVIEW = "lookedAfter.healthAssessment.review";
    public static final String HEALTH_REVIEW_UNDER_FIVE = "lookedAfter.healthAssessment.reviewUnderFive";
    public static final String PEP_INITIAL = "lookedAfter.educationPlan.initial";
    public static final String PEP_REVIEW = "lookedAfter.educationPlan.review";
    public static final String PATHWAY_PLAN_REVIEW = "careLeaver.pathwayPlan.review";
    public static final String ADOPTION_REVIEW_FIRST = "adoption.review.first";
    public static final String ADOPTION_REVIEW_SECOND = "adoption.review.second";
    public static final String CONNECTED_PERSON_ASSESSMENT = "connectedPerson.assessment";
    public static final String CONNECTED_PERSON_EXTENSION = "connectedPerson.assessment.extension";

    private final Policy policy;

    Timetables(Policy policy) {
        this.policy = policy;
    }

    /**
     * Statutory visits to a child in one placement (Care Planning, Placement and Case Review
     * (England) Regulations 2010, regulation 28): the first within a week of the placement
     * starting, then at most six weeks apart in its first year, then three-monthly once it is
     * agreed as long-term or six-weekly otherwise, the interval being set by the date of the
     * previous visit. Looked-after visits count unless they record that the child was not seen.
     * Adoptive placements are visited under the Adoption Agencies Regulations instead and have none.
     * The visits are owed while the placement lasts and the child is looked after: none falls due
     * after {@code leftCare}, the day the child's spell in care ended, even where the placement
     * was not closed on the record.
     *
     * @param leftCare the last day of the spell in care the placement started in; null while it goes on
     */
    public List<Occasion> statutoryVisits(Placement placement, List<Visit> visits, LocalDate leftCare, LocalDate asOf) {
        return statutoryVisits(placement, visits, leftCare, asOf, null);
    }

    /**
     * {@link #statutoryVisits(Placement, List, LocalDate, LocalDate)} where the source holds the visits
     * only from {@code heldFrom} on (null when it holds them all; see {@link Recurrence}). A visit
     * recorded without its date still counts, in its place in the record.
     */
    public List<Occasion> statutoryVisits(Placement placement, List<Visit> visits, LocalDate leftCare, LocalDate asOf,
                                          LocalDate heldFrom) {
        if (placement.getStart() == null || placement.getType() == PlacementType.ADOPTIVE) {
            return List.of();
        }
        LocalDate start = placement.getStart();
        LocalDate end = placement.getEnd() == null || leftCare != null && leftCare.isBefore(placement.getEnd())
                ? leftCare : placement.getEnd();
        List<LocalDate> dates = RecordOrder.days(visits.stream()
                        .filter(v -> v.getType() == VisitType.LOOKED_AFTER && !Boolean.FALSE.equals(v.getChildSeen())).toList(),
                Visit::getDate, d -> !d.isBefore(start) && (end == null || !d.isAfter(end)));
        String where = "the " + Labels.humanise(placement.getType()) + " placement from " + start;
        Due first = policy.due(VISIT_FIRST_WEEK, start, "the placement started");
        Recurrence.NextDue next = (previous, wasDone) -> policy.due(visitInterval(placement, previous), previous,
                wasDone ? "the previous visit" : "the date the missed visit was due");
        return Recurrence.occasions(first, dates, next, end, asOf, n -> "statutory visit " + n + " in " + where,
                heldFrom, "visits");
    }

    private static String visitInterval(Placement placement, LocalDate previous) {
        if (previous.isBefore(placement.getStart().plusYears(1))) {
            return VISIT_FIRST_YEAR;
        }
        LocalDate longTerm = placement.getLongTermFrom();
        return longTerm != null && !longTerm.isAfter(previous) ? VISIT_LONG_TERM : VISIT_AFTER_FIRST_YEAR;
    }

    /** The initial health assessment of a spell in care, unless the child left care before it fell due without one. */
    public List<Occasion> initialHealthAssessment(LookedAfterPeriod period, List<HealthAssessment> assessments) {
        Due due = policy.due(HEALTH_INITIAL, period.getStart(), "becoming looked after");
        List<LocalDate> initial = datesIn(period, assessments.stream()
                .filter(a -> a.getType() == HealthAssessmentType.INITIAL).toList(), HealthAssessment::getDate);
        String label = "initial health assessment (" + period.label() + ")";
        if (initial.isEmpty()) {
            return period.lookedAfterOn(due.date()) ? List.of(new Occasion(label, due, null)) : List.of();
        }
        LocalDate done = initial.get(0);
        return List.of(done == null ? new Occasion(label, due, null, Recurrence.UNDATED) : new Occasion(label, due, done));
    }

    /**
     * Review health assessments after the first assessment of the spell: six-monthly while the
     * child is under five and twelve-monthly from the fifth birthday, by the child's age on the
     * previous assessment. Without a date of birth the interval is unknown: one occasion with no due date.
     */
    public List<Occasion> healthReviews(LookedAfterPeriod period, List<HealthAssessment> assessments,
                                        LocalDate dateOfBirth, LocalDate asOf) {
        List<LocalDate> dates = datesIn(period, assessments, HealthAssessment::getDate);
        if (dates.isEmpty()) {
            return List.of();
        }
        String label = "review health assessments (" + period.label() + ")";
        if (dateOfBirth == null) {
            return List.of(new Occasion(label, null, null));
        }
        if (dates.get(0) == null) {
            return List.of(new Occasion(label, null, null, "the date of the first health assessment is not recorded"));
        }
        Recurrence.NextDue next = (previous, wasDone) -> policy.due(
                dateOfBirth.plusYears(5).isAfter(previous) ? HEALTH_REVIEW_UNDER_FIVE : HEALTH_REVIEW, previous,
                wasDone ? "the previous health assessment" : "the date the missed review health assessment was due");
        return Recurrence.occasions(next.after(dates.get(0), true), dates.subList(1, dates.size()), next,
                period.getEnd(), asOf, n -> "review health assessment " + n + " (" + period.label() + ")");
    }

    /**
     * Personal education plans in a spell in care of a child who is of compulsory school age on
     * {@code asOf}: the first within the initial timescale of becoming looked after or of reaching
     * compulsory school age, whichever is later, then each review within the review timescale of
     * the one before, until the spell ended or the child passed the school leaving date, whichever
     * came first: a PEP falling due after either is not owed. Without a date of birth school age is
     * unknown: one occasion with no due date.
     */
    public List<Occasion> educationPlans(LookedAfterPeriod period, List<EducationPlan> plans,
                                         LocalDate dateOfBirth, LocalDate asOf) {
        if (dateOfBirth == null) {
            return List.of(new Occasion("personal education plans (" + period.label() + ")", null, null));
        }
        CompulsorySchoolAge schoolAge = CompulsorySchoolAge.of(dateOfBirth);
        if (!schoolAge.includes(asOf)) {
            return List.of();
        }
        boolean fromCare = !period.getStart().isBefore(schoolAge.start());
        LocalDate from = fromCare ? period.getStart() : schoolAge.start();
        Due first = policy.due(PEP_INITIAL, from, fromCare ? "becoming looked after" : "reaching compulsory school age");
        List<LocalDate> dates = datesIn(period, plans, EducationPlan::getDate);
        Recurrence.NextDue next = (previous, wasDone) -> policy.due(PEP_REVIEW, previous,
                wasDone ? "the previous PEP" : "the date the missed PEP was due");
        LocalDate end = period.getEnd() == null || schoolAge.end().isBefore(period.getEnd()) ? schoolAge.end() : period.getEnd();
        return Recurrence.occasions(first, dates, next, end, asOf,
                n -> (n == 1 ? "initial personal education plan" : "personal education plan review " + (n - 1))
                        + " (" + period.label() + ")");
    }

    /**
     * A care leaver's pathway plan: in place when the young person became a care leaver (the last
     * plan or review before then counts), then reviewed within the review timescale of the
     * previous plan or review, until the care leaver status ends.
     */
    public List<Occasion> pathwayPlanReviews(LegalStatus careLeaver, List<Plan> plans, List<Review> reviews, LocalDate asOf) {
        LocalDate start = careLeaver.getStart();
        LocalDate end = careLeaver.getEnd();
        List<LocalDate> all = Stream.concat(
                        plans.stream().filter(p -> p.getType() == PlanType.PATHWAY).map(Plan::getDate),
                        reviews.stream().filter(r -> r.getType() == ReviewType.PATHWAY).map(Review::getDate))
                .filter(Objects::nonNull).filter(d -> end == null || !d.isAfter(end))
                .distinct().sorted().toList();
        List<LocalDate> done = new ArrayList<>();
        all.stream().filter(d -> !d.isAfter(start)).reduce((a, b) -> b).ifPresent(done::add);
        all.stream().filter(d -> d.isAfter(start)).forEach(done::add);
        String status = "care leaver from " + start;
        Due first = Due.onDay(start, "in place on becoming a care leaver on " + start);
        Recurrence.NextDue next = (previous, wasDone) -> policy.due(PATHWAY_PLAN_REVIEW, previous,
                wasDone ? "the previous pathway plan or review" : "the date the missed review was due");
        return Recurrence.occasions(first, done, next, end, asOf,
                n -> (n == 1 ? "pathway plan" : "pathway plan review " + (n - 1)) + " (" + status + ")");
    }

    /**
     * The second review of an adoptive placement (Adoption Agencies Regulations 2005, regulation
     * 36): the day it was held, or the day it is due, counting from the first review if held, or
     * from the day the first was due. Two records of a review on one day are one review.
     */
    public Due secondAdoptionReview(LocalDate placed, List<Review> reviews) {
        List<LocalDate> held = reviews.stream()
                .filter(r -> r.getType() == ReviewType.ADOPTION && r.getDate() != null && !r.getDate().isBefore(placed))
                .map(Review::getDate).distinct().sorted().toList();
        if (held.size() >= 2) {
            return Due.onDay(held.get(1), "second adoption review held on " + held.get(1));
        }
        if (held.size() == 1) {
            return policy.due(ADOPTION_REVIEW_SECOND, held.get(0), "the first adoption review");
        }
        LocalDate firstDue = policy.due(ADOPTION_REVIEW_FIRST, placed, "placement for adoption").date();
        return policy.due(ADOPTION_REVIEW_SECOND, firstDue, "the date the first adoption review was due");
    }

    /**
     * When a temporarily approved connected person's full assessment is due (Care Planning,
     * Placement and Case Review (England) Regulations 2010, regulations 24 and 25): when the
     * temporary approval ends, or, where the recorded regulation says it was extended, when the
     * extension ends.
     */
    public Due connectedPersonAssessment(Placement placement) {
        Due approvalEnds = policy.due(CONNECTED_PERSON_ASSESSMENT, placement.getTemporaryApproval(), "temporary approval");
        if (!placement.temporaryApprovalExtended()) {
            return approvalEnds;
        }
        return policy.due(CONNECTED_PERSON_EXTENSION, approvalEnds.date(),
                "the end of the temporary approval, extended under regulation 25,");
    }

    /** The days of the records in the spell, oldest first, null for one recorded without its date ({@link RecordOrder}). */
    private static <T> List<LocalDate> datesIn(LookedAfterPeriod period, List<T> records, Function<T, LocalDate> day) {
        return RecordOrder.days(records, day, period::lookedAfterOn);
    }
}
