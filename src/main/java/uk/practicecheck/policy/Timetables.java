package uk.practicecheck.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import uk.practicecheck.model.CaseSummary;
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
    public static final String VISIT_WEEKLY_UNTIL_FIRST_REVIEW = "lookedAfter.visit.untilFirstReview";
    public static final String VISIT_AFTER_FIRST_REVIEW = "lookedAfter.visit.afterFirstReview";
    public static final String VISIT_WITH_PARENT_BEFORE_ASSESSMENT = "lookedAfter.visit.withParentBeforeAssessment";
    public static final String VISIT_WITH_PARENT_BEFORE_ASSESSMENT_AFTER_FIRST_REVIEW = "lookedAfter.visit.withParentBeforeAssessmentAfterFirstReview";
    public static final String VISIT_AFTER_CARE_ORDER = "lookedAfter.visit.afterCareOrder";
    public static final String VISIT_WITH_PARENT_UNDER_CARE_ORDER = "lookedAfter.visit.withParentUnderCareOrder";
    public static final String SEEN_ALONE_FROM_AGE = "lookedAfter.visit.seenAloneFromAge";
    public static final String SEEN_ALONE = "lookedAfter.visit.seenAlone";
    public static final String HEALTH_INITIAL = "lookedAfter.healthAssessment.initial";
    public static final String HEALTH_REVIEW = "lookedAfter.healthAssessment.review";
    public static final String HEALTH_REVIEW_UNDER_FIVE = "lookedAfter.healthAssessment.reviewUnderFive";
    public static final String PEP_INITIAL = "lookedAfter.educationPlan.initial";
    public static final String PEP_REVIEW = "lookedAfter.educationPlan.review";
    public static final String PATHWAY_PLAN_REVIEW = "careLeaver.pathwayPlan.review";
    public static final String ADOPTION_REVIEW_FIRST = "adoption.review.first";
    public static final String ADOPTION_REVIEW_SECOND = "adoption.review.second";
    public static final String ADOPTION_REVIEW_SUBSEQUENT = "adoption.review.subsequent";
    public static final String CONNECTED_PERSON_ASSESSMENT = "connectedPerson.assessment";
    public static final String CONNECTED_PERSON_EXTENSION = "connectedPerson.assessment.extension";

    private final Policy policy;

    Timetables(Policy policy) {
        this.policy = policy;
    }

    /**
     * Statutory visits in one spell in care (Care Planning, Placement and Case Review (England)
     * Regulations 2010, regulation 28), placement by placement: the first within a week of each
     * placement starting (or of the spell starting, for a placement the child was already in), then
     * at most six weeks apart in its first year, then three-monthly once it is agreed as long-term or
     * six-weekly otherwise (regulation 28(2)). Where the child was placed with a parent before the
     * assessment of the parent was complete (regulation 19, recorded as the regulation the placement
     * was made under), at least weekly until the spell's first review and at most six weeks apart
     * after it, until the assessment is recorded as complete (regulation 28(3)). Where regulation 24 applies (a connected person
     * temporarily approved and not yet approved as a foster carer), or the child lives with a parent
     * under an interim care order, at least weekly until the spell's first review and at most four
     * weeks apart after it (regulation 28(4)). Where a care order is made while the child lives with a
     * parent, within a week of its making, and at most six weeks apart while the child lives with the
     * parent under it, also after the placement's first year (regulation 28(5)). The interval is set on
     * the date of the previous visit. Where the spell's first review is recorded without its date,
     * the weekly visits of regulation 28(3) and (4) may or may not have ended by a visit before the
     * next dated review: a visit within a week is on time, one later than the less frequent
     * interval late, and one between cannot be told.
     * Looked-after visits count unless they record that the child was not seen.
     *
     * <p>Only placements in the spell are visited: none that began after the child stopped being
     * looked after. Adoptive placements are visited under the Adoption Agencies Regulations 2005
     * instead, and from the day the child was placed for adoption no regulation 28 visit is owed.
     * Short breaks are visited at intervals agreed with the IRO (regulation 48(3)(c)), not on this timetable.
     * None falls due after the placement ended or the spell did, nor after the day before the 18th
     * birthday, even where that is after the as-of date: the spell cannot last longer, so a visit
     * due later is never owed (it is not listed as not yet due). A spell with no placement recorded
     * still owes its visits (the duty follows the child's legal status), counted from the spell's start.
     */
    public List<Occasion> statutoryVisits(LookedAfterPeriod period, CaseSummary child, LocalDate asOf) {
        LocalDate heldFrom = child.heldFrom("visits.date");
        LocalDate placedForAdoption = child.placedForAdoption();
        FirstReview firstReview = FirstReview.of(period);
        LocalDate spellEndOrNever = endOr(period.getEnd());
        List<Placement> placements = new ArrayList<>();
        for (Placement p : child.getPlacements()) {
            if (p.getStart() != null && !p.getStart().isAfter(spellEndOrNever)
                    && (p.getEnd() == null || !p.getEnd().isBefore(period.getStart()))) {
                placements.add(p);
            }
        }
        List<Visit> visits = lookedAfterVisitsSeen(child);
        LocalDate spellEnd = earliest(period.getEnd(), child.lastDayAsAChild());
        if (placements.isEmpty()) {
            LocalDate firstYearEnds = period.getStart().plusYears(1);
            return visitsFrom(period.getStart(), spellEnd, visits, day -> Interval.of(regularInterval(firstYearEnds, null, day)), null,
                    "the spell in care from " + period.getStart() + " (no placement recorded)", "the child became looked after", asOf, heldFrom);
        }
        List<Occasion> occasions = new ArrayList<>();
        for (Placement placement : placements) {
            if (placement.getType() == PlacementType.ADOPTIVE || Boolean.TRUE.equals(placement.getShortBreak())) {
                continue;
            }
            boolean alreadyThere = placement.getStart().isBefore(period.getStart());
            LocalDate start = alreadyThere ? period.getStart() : placement.getStart();
            LocalDate end = earliest(earliest(placement.getEnd(), spellEnd),
                    placedForAdoption != null && placedForAdoption.isAfter(start) ? placedForAdoption : null);
            if (placedForAdoption != null && !placedForAdoption.isAfter(start)) {
                continue;
            }
            boolean withParent = placement.getType() == PlacementType.PLACED_WITH_PARENTS;
            LocalDate firstYearEnds = start.plusYears(1);
            Function<LocalDate, Interval> interval = day ->
                    enhancedVisiting(placement, child, day)
                            ? firstReview.interval(day, VISIT_WEEKLY_UNTIL_FIRST_REVIEW, VISIT_AFTER_FIRST_REVIEW)
                            : placement.placedWithParentBeforeAssessmentOn(day)
                            ? firstReview.interval(day, VISIT_WITH_PARENT_BEFORE_ASSESSMENT,
                                    VISIT_WITH_PARENT_BEFORE_ASSESSMENT_AFTER_FIRST_REVIEW)
                            : Interval.of(withParent && child.careOrderOn(day) ? VISIT_WITH_PARENT_UNDER_CARE_ORDER
                                    : regularInterval(firstYearEnds, placement.getLongTermFrom(), day));
            LocalDate careOrderMade = withParent ? child.careOrderMadeBetween(start, end) : null;
            occasions.addAll(visitsFrom(start, end, visits, interval, careOrderMade,
                    "the " + Labels.humanise(placement.getType()) + " placement from " + placement.getStart(),
                    alreadyThere ? "the child became looked after" : "the placement started", asOf, heldFrom));
        }
        return occasions;
    }

    /** The child's looked-after visits, less those recording that the child was not seen, in record order. */
    private static List<Visit> lookedAfterVisitsSeen(CaseSummary child) {
        List<Visit> seen = new ArrayList<>(child.getVisits().size());
        for (Visit visit : child.getVisits()) {
            if (visit.getType() == VisitType.LOOKED_AFTER && !Boolean.FALSE.equals(visit.getChildSeen())) {
                seen.add(visit);
            }
        }
        return seen;
    }

    /**
     * @param visits        the looked-after visits at which the child was seen ({@link #lookedAfterVisitsSeen})
     * @param careOrderMade the day a care order was made during the placement, by when a visit is
     *                      due within a week unless one came on or after that day; null if none
     */
    private List<Occasion> visitsFrom(LocalDate start, LocalDate end, List<Visit> visits,
                                      Function<LocalDate, Interval> interval, LocalDate careOrderMade, String where,
                                      String startWhat, LocalDate asOf, LocalDate heldFrom) {
        List<LocalDate> dates = RecordOrder.days(visits, Visit::getDate,
                d -> !d.isBefore(start) && (end == null || !d.isAfter(end)));
        Due first = policy.due(VISIT_FIRST_WEEK, start, startWhat);
        Due afterOrder = careOrderMade == null ? null : policy.due(VISIT_AFTER_CARE_ORDER, careOrderMade, "the care order was made");
        Recurrence.BoundedNextDue next = (previous, wasDone) -> {
            String fromWhat = wasDone ? "the previous visit" : "the date the missed visit was due";
            Interval applies = interval.apply(previous);
            Due regular = policy.due(applies.timescale(), previous, fromWhat);
            Due lenient = applies.unknown() == null ? regular : policy.due(applies.otherwise(), previous, fromWhat);
            if (afterOrder != null && previous.isBefore(careOrderMade)) {
                regular = earlier(afterOrder, regular);
                lenient = earlier(afterOrder, lenient);
            }
            return regular.date().equals(lenient.date()) ? Recurrence.Bounds.known(regular)
                    : new Recurrence.Bounds(regular, lenient, applies.unknown());
        };
        return Recurrence.occasions(first, dates, next, end, asOf, n -> "statutory visit " + n + " in " + where,
                heldFrom, "visits");
    }

    private static Due earlier(Due a, Due b) {
        return a.date().isBefore(b.date()) ? a : b;
    }

    /**
     * The timescale a visit interval runs on, by its policy key; where it depends on whether the
     * spell's first review had been held, and that review is recorded without its date, also the
     * key that applies once it was held and why which applies is not known.
     */
    private record Interval(String timescale, String otherwise, String unknown) {
        static Interval of(String timescale) {
            return new Interval(timescale, null, null);
        }
    }

    /**
     * The spell's first looked-after review, which ends the weekly visits of regulation 28(3) and
     * (4). Where it is recorded without its date, it was held on or after the spell's start and no
     * later than the next dated review in the record; between those, which frequency applied on a
     * day is not known.
     *
     * @param date   its date; null when none is recorded or it is recorded without its date
     * @param heldBy where it is recorded without its date, the latest day it can have been held
     *               (null: no later dated review bounds it); unused otherwise
     * @param undated whether it is recorded without its date
     */
    private record FirstReview(LocalDate date, LocalDate heldBy, boolean undated) {
        static FirstReview of(LookedAfterPeriod period) {
            List<Review> reviews = period.getReviews();
            if (reviews.isEmpty() || reviews.get(0).getDate() != null) {
                return new FirstReview(reviews.isEmpty() ? null : reviews.get(0).getDate(), null, false);
            }
            LocalDate heldBy = reviews.stream().map(Review::getDate).filter(Objects::nonNull).findFirst().orElse(null);
            return new FirstReview(null, heldBy, true);
        }

        /** The interval after a visit on {@code day}: {@code until} before the first review, {@code after} from it. */
        Interval interval(LocalDate day, String until, String after) {
            if (undated) {
                return heldBy != null && !day.isBefore(heldBy) ? Interval.of(after)
                        : new Interval(until, after, "the date of the first review, which ends the weekly visits, is not recorded");
            }
            return Interval.of(date == null || day.isBefore(date) ? until : after);
        }
    }

    /**
     * Whether regulation 28(4) sets the visits on {@code day}: the child is with a temporarily
     * approved connected person not yet approved as a foster carer (regulation 24), or lives with a
     * parent under an interim care order.
     */
    private static boolean enhancedVisiting(Placement placement, CaseSummary child, LocalDate day) {
        if (placement.getType() == PlacementType.CONNECTED_PERSON) {
            return placement.getTemporaryApproval() != null && !day.isBefore(placement.getTemporaryApproval())
                    && (placement.getCarerAssessmentCompleted() == null || day.isBefore(placement.getCarerAssessmentCompleted()));
        }
        return placement.getType() == PlacementType.PLACED_WITH_PARENTS && child.interimCareOrderOn(day);
    }

    /** @param firstYearEnds the day a year after the placement (or the spell) started */
    private static String regularInterval(LocalDate firstYearEnds, LocalDate longTermFrom, LocalDate previous) {
        if (previous.isBefore(firstYearEnds)) {
            return VISIT_FIRST_YEAR;
        }
        return longTermFrom != null && !longTermFrom.isAfter(previous) ? VISIT_LONG_TERM : VISIT_AFTER_FIRST_YEAR;
    }

    private static LocalDate endOr(LocalDate end) {
        return end == null ? LocalDate.MAX : end;
    }

    /** The earlier of two days, either of which may be null (no end). */
    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /**
     * The statutory visits of a spell in care at which seeing the child alone is judged
     * (regulation 29), as the policy's duty {@code lookedAfter.visit.seenAlone} sets the window
     * ({@link VisitWindow}): by default every looked-after visit at which the child was seen since
     * the spell's latest review (the review day included), or the latest such visit where there has
     * been none since; without a review, every one in the spell. A visit recorded without its date is
     * placed after the dated one listed before it. Visits to a child younger than the policy's
     * {@code lookedAfter.visit.seenAloneFromAge} who was not seen alone are left out: regulation
     * 29(b) lets the social worker judge it inappropriate given the child's age and understanding,
     * and the policy takes that as read below that age.
     */
    public List<Visit> seenAloneVisits(LookedAfterPeriod period, CaseSummary child) {
        LocalDate start = period.getStart();
        VisitWindow window = policy.duty(SEEN_ALONE).visitWindow();
        LocalDate from = window == VisitWindow.SINCE_LATEST_REVIEW ? latestReviewOr(period, start) : start;
        LocalDate expectedFrom = seenAloneExpectedFrom(child.getDateOfBirth());
        List<Visit> since = new ArrayList<>();
        if (window != VisitWindow.LATEST_VISIT) {
            // A visit recorded without its date came after the dated one listed before it (RecordOrder):
            // in the window if that one was, and at least as old as the child was then.
            LocalDate lastDated = null;
            for (Visit visit : statutoryVisitsIn(period, child)) {
                LocalDate day = visit.getDate() != null ? visit.getDate() : lastDated;
                if (visit.getDate() != null) {
                    lastDated = visit.getDate();
                }
                boolean inWindow = day != null ? !day.isBefore(from) : from.equals(start);
                LocalDate atLeast = day != null ? day : start;
                if (inWindow && (expectedFrom == null || !atLeast.isBefore(expectedFrom) || Boolean.TRUE.equals(visit.getSeenAlone()))) {
                    since.add(visit);
                }
            }
        }
        if (!since.isEmpty()) {
            return since;
        }
        List<Visit> latest = new ArrayList<>(1);
        for (Visit visit : child.latestStatutoryVisits(start)) {
            if (expectedFrom == null || !visit.getDate().isBefore(expectedFrom) || Boolean.TRUE.equals(visit.getSeenAlone())) {
                latest.add(visit);
            }
        }
        return latest;
    }

    /** The date of the spell's latest dated review, or {@code otherwise} when none is dated. */
    private static LocalDate latestReviewOr(LookedAfterPeriod period, LocalDate otherwise) {
        LocalDate latest = null;
        for (Review review : period.getReviews()) {
            if (review.getDate() != null && (latest == null || review.getDate().isAfter(latest))) {
                latest = review.getDate();
            }
        }
        return latest == null ? otherwise : latest;
    }

    /** The looked-after visits of the spell at which the child was seen (or the record does not say otherwise), in record order. */
    private static List<Visit> statutoryVisitsIn(LookedAfterPeriod period, CaseSummary child) {
        return RecordOrder.inOrder(lookedAfterVisitsSeen(child), Visit::getDate, period::lookedAfterOn);
    }

    /**
     * Where a spell in care has no statutory visit at which the child was seen, the visit at which
     * the child should have been seen alone: due within a week of the child becoming looked after,
     * or, for a child younger then than the age from which the policy expects a child to be seen
     * alone, on reaching that age (the spell is the current one, so the child is still looked
     * after). None where a visit is recorded, nor where it would fall due after the day before the
     * 18th birthday.
     */
    public List<Occasion> firstVisitToSeeAlone(LookedAfterPeriod period, CaseSummary child) {
        if (!statutoryVisitsIn(period, child).isEmpty()) {
            return List.of();
        }
        Due due = policy.due(VISIT_FIRST_WEEK, period.getStart(), "the child became looked after");
        if (child.getDateOfBirth() != null) {
            Due oldEnough = policy.due(SEEN_ALONE_FROM_AGE, child.getDateOfBirth(), "birth");
            if (due.date().isBefore(oldEnough.date())) {
                due = oldEnough;
            }
        }
        if (!child.dueWhileAChild(due.date())) {
            return List.of();
        }
        return List.of(new Occasion("a statutory visit seeing the child alone (" + period.label() + ")", due, null));
    }

    private LocalDate seenAloneExpectedFrom(LocalDate dateOfBirth) {
        return dateOfBirth == null ? null : policy.due(SEEN_ALONE_FROM_AGE, dateOfBirth, "birth").date();
    }

    /**
     * The initial health assessment of a spell in care, unless the child left care, or reached the
     * day before the 18th birthday, before it fell due without one. Where the source holds health
     * assessments only from a day after the spell began, one missing cannot be told: it may have
     * been done before the record begins (one recorded as the initial assessment is judged as recorded).
     */
    public List<Occasion> initialHealthAssessment(LookedAfterPeriod period, CaseSummary child, LocalDate asOf) {
        Due due = policy.due(HEALTH_INITIAL, period.getStart(), "becoming looked after");
        if (!child.dueWhileAChild(due.date())) {
            return List.of();
        }
        List<LocalDate> initial = datesIn(period, initialAssessments(child), HealthAssessment::getDate);
        String label = "initial health assessment (" + period.label() + ")";
        LocalDate heldFrom = child.heldFrom("healthAssessments.date");
        String heldOnlyFrom = heldFrom != null && heldFrom.isAfter(period.getStart())
                ? "the record holds health assessments only from " + heldFrom : null;
        if (initial.isEmpty()) {
            if (!period.lookedAfterOn(due.date())) {
                return List.of();
            }
            return List.of(new Occasion(label, due, null, due.isOpenOn(asOf) ? null : heldOnlyFrom));
        }
        LocalDate done = initial.get(0);
        if (done == null) {
            return List.of(new Occasion(label, due, null, Recurrence.UNDATED));
        }
        return List.of(new Occasion(label, due, done));
    }

    /**
     * Review health assessments after the first assessment of the spell: six-monthly while the
     * child is under five and twelve-monthly from the fifth birthday, by the child's age on the
     * previous assessment, until the spell ends or the day before the 18th birthday. Where no initial
     * assessment has been done, the reviews run from the day
     * it was due (none if the child left care before then), and every assessment recorded is a review. Where the first assessment is
     * recorded without its date, a review after it is on time if it came within its interval of the
     * spell's start, and otherwise cannot be told. Without a date of birth the
     * interval is unknown: one occasion with no due date. Where the source holds health assessments
     * only from a day on, what fell due before then cannot be told unless late even so ({@link Recurrence}).
     */
    public List<Occasion> healthReviews(LookedAfterPeriod period, CaseSummary child, LocalDate asOf) {
        List<HealthAssessment> assessments = child.getHealthAssessments();
        LocalDate dateOfBirth = child.getDateOfBirth();
        List<LocalDate> dates = datesIn(period, assessments, HealthAssessment::getDate);
        Due initial = policy.due(HEALTH_INITIAL, period.getStart(), "becoming looked after");
        if (dates.isEmpty() && !period.lookedAfterOn(initial.date())) {
            return List.of();
        }
        String label = "review health assessments (" + period.label() + ")";
        if (dateOfBirth == null) {
            return List.of(new Occasion(label, null, null));
        }
        LocalDate end = child.lastDayOwed(period.getEnd());
        LocalDate heldFrom = child.heldFrom("healthAssessments.date");
        String what = "health assessments";
        LocalDate fifthBirthday = dateOfBirth.plusYears(5);
        Timescale underFive = policy.timescale(HEALTH_REVIEW_UNDER_FIVE);
        Timescale fromFive = policy.timescale(HEALTH_REVIEW);
        Recurrence.NextDue next = (previous, wasDone) -> policy.due(fifthBirthday.isAfter(previous) ? underFive : fromFive,
                previous, wasDone ? "the previous health assessment" : "the date the missed health assessment was due");
        boolean initialRecorded = !datesIn(period, initialAssessments(child), HealthAssessment::getDate).isEmpty();
        if (!initialRecorded) {
            // Taken at its word, every assessment recorded is a review, and the first ran from the
            // day the (missed) initial assessment was due.
            return Recurrence.occasions(next.after(initial.date(), false), dates, next,
                    end, asOf, n -> "review health assessment " + n + " (" + period.label() + ")", heldFrom, what);
        }
        if (!dates.isEmpty() && dates.get(0) == null) {
            // The first assessment came no earlier than the spell's start: run the timetable from it
            // as its first occasion, and report the reviews after it.
            List<Occasion> all = Recurrence.occasions(initial, dates, next, end, asOf,
                    n -> "review health assessment " + (n - 1) + " (" + period.label() + ")", heldFrom, what);
            return all.subList(1, all.size());
        }
        Due first = dates.isEmpty() ? next.after(initial.date(), false) : next.after(dates.get(0), true);
        List<LocalDate> reviews = dates.isEmpty() ? List.of() : dates.subList(1, dates.size());
        return Recurrence.occasions(first, reviews, next,
                end, asOf, n -> "review health assessment " + n + " (" + period.label() + ")", heldFrom, what);
    }

    /** The child's health assessments recorded as initial ones, in record order. */
    private static List<HealthAssessment> initialAssessments(CaseSummary child) {
        List<HealthAssessment> initial = new ArrayList<>(1);
        for (HealthAssessment assessment : child.getHealthAssessments()) {
            if (assessment.getType() == HealthAssessmentType.INITIAL) {
                initial.add(assessment);
            }
        }
        return initial;
    }

    /**
     * Personal education plans in a spell in care while the child was of compulsory school age
     * (none while the child is not yet of that age on {@code asOf}): the first within the initial timescale of becoming looked after or of reaching
     * compulsory school age, whichever is later, then each review within the review timescale of
     * the one before, until the spell ended or the child passed the school leaving date, whichever
     * came first: a PEP falling due after either is not owed. Without a date of birth school age is
     * unknown: one occasion with no due date. Where the source holds PEPs only from a day on, what
     * fell due before then cannot be told unless late even so ({@link Recurrence}).
     */
    public List<Occasion> educationPlans(LookedAfterPeriod period, CaseSummary child, LocalDate asOf) {
        LocalDate dateOfBirth = child.getDateOfBirth();
        if (dateOfBirth == null) {
            return List.of(new Occasion("personal education plans (" + period.label() + ")", null, null));
        }
        CompulsorySchoolAge schoolAge = CompulsorySchoolAge.of(dateOfBirth);
        // Not yet of school age: no PEP is owed yet. Past it: the PEPs owed while the child was of
        // school age are still judged (a missed one is not made up by the child turning 16).
        if (asOf.isBefore(schoolAge.start()) || period.getStart().isAfter(schoolAge.end())
                || period.getEnd() != null && period.getEnd().isBefore(schoolAge.start())) {
            return List.of();
        }
        boolean fromCare = !period.getStart().isBefore(schoolAge.start());
        LocalDate from = fromCare ? period.getStart() : schoolAge.start();
        Due first = policy.due(PEP_INITIAL, from, fromCare ? "becoming looked after" : "reaching compulsory school age");
        List<LocalDate> dates = datesIn(period, child.getEducationPlans(), EducationPlan::getDate);
        Timescale review = policy.timescale(PEP_REVIEW);
        Recurrence.NextDue next = (previous, wasDone) -> policy.due(review, previous,
                wasDone ? "the previous PEP" : "the date the missed PEP was due");
        LocalDate end = period.getEnd() == null || schoolAge.end().isBefore(period.getEnd()) ? schoolAge.end() : period.getEnd();
        return Recurrence.occasions(first, dates, next, end, asOf,
                n -> (n == 1 ? "initial personal education plan" : "personal education plan review " + (n - 1))
                        + " (" + period.label() + ")", child.heldFrom("educationPlans.date"), "personal education plans");
    }

    /**
     * A care leaver's pathway plan: in place when the young person became a care leaver (the last
     * plan or review before then counts), then reviewed within the review timescale of the
     * previous plan or review, until the care leaver status ends. A plan or review recorded without
     * its date still counts, in its place in the record ({@link RecordOrder}).
     */
    public List<Occasion> pathwayPlanReviews(LegalStatus careLeaver, List<Plan> plans, List<Review> reviews, LocalDate asOf) {
        return pathwayPlanReviews(careLeaver, plans, reviews, asOf, null);
    }

    /**
     * {@link #pathwayPlanReviews(LegalStatus, List, List, LocalDate)} where the source holds the
     * plans and reviews only from {@code heldFrom} on (an Annex A workbook gives the latest pathway
     * plan review): what fell due before that day cannot be told, unless late even so.
     */
    public List<Occasion> pathwayPlanReviews(LegalStatus careLeaver, List<Plan> plans, List<Review> reviews, LocalDate asOf,
                                             LocalDate heldFrom) {
        LocalDate start = careLeaver.getStart();
        LocalDate end = careLeaver.getEnd();
        List<LocalDate> planDays = new ArrayList<>();
        for (Plan plan : plans) {
            if (plan.getType() == PlanType.PATHWAY) {
                planDays.add(plan.getDate());
            }
        }
        List<LocalDate> reviewDays = new ArrayList<>();
        for (Review review : reviews) {
            if (review.getType() == ReviewType.PATHWAY) {
                reviewDays.add(review.getDate());
            }
        }
        List<LocalDate> all = RecordOrder.days(List.of(planDays, reviewDays), d -> end == null || !d.isAfter(end));
        // The last plan or review dated on or before the start was in place then; every record after it counts.
        int inPlace = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null && !all.get(i).isAfter(start)) {
                inPlace = i;
            }
        }
        List<LocalDate> done = all.subList(Math.max(inPlace, 0), all.size());
        String status = "care leaver from " + start;
        Due first = Due.onDay(start, "in place on becoming a care leaver on " + start);
        Timescale review = policy.timescale(PATHWAY_PLAN_REVIEW);
        Recurrence.NextDue next = (previous, wasDone) -> policy.due(review, previous,
                wasDone ? "the previous pathway plan or review" : "the date the missed review was due");
        return Recurrence.occasions(first, done, next, end, asOf,
                n -> (n == 1 ? "pathway plan" : "pathway plan review " + (n - 1)) + " (" + status + ")",
                heldFrom, "pathway plans");
    }

    /**
     * Something owed by the second review of an adoptive placement (Adoption Agencies Regulations
     * 2005, regulation 36(3)): due the day that review was held, or, until it is, the day it is due,
     * counting from the first review if held, or from the day the first was due. Two records of a
     * review on one day are one review; a review recorded without its date still counts, in its place
     * in the record. Where the second review is recorded without its date, done by the first review
     * (or the placement) is on time, and anything else cannot be told; where only a first review is
     * recorded, without its date, the second was due no earlier than the timescale after the placement:
     * done by then is on time, not yet done before then is not yet due, and anything else cannot be told.
     *
     * @param done when the thing owed was done; null if it has not been
     */
    public Occasion bySecondAdoptionReview(String label, LocalDate placed, List<Review> reviews, LocalDate done, LocalDate asOf) {
        List<LocalDate> held = RecordOrder.days(reviews.stream().filter(r -> r.getType() == ReviewType.ADOPTION).toList(),
                Review::getDate, day -> !day.isBefore(placed));
        if (held.size() >= 2 && held.get(1) != null) {
            return new Occasion(label, Due.onDay(held.get(1), "second adoption review held on " + held.get(1)), done);
        }
        if (held.size() >= 2) {
            LocalDate before = held.get(0) != null ? held.get(0) : placed;
            if (done != null && !done.isAfter(before)) {
                return new Occasion(label, Due.onDay(before, "the second adoption review, held after "
                        + (held.get(0) != null ? "the first on " : "the placement for adoption on ") + before), done);
            }
            return new Occasion(label, null, done, "the date of the second adoption review is not recorded");
        }
        if (held.size() == 1 && held.get(0) == null) {
            Due earliest = policy.due(ADOPTION_REVIEW_SECOND, placed,
                    "placement for adoption, the earliest the first adoption review, whose date is not recorded, can have been held,");
            if (done != null ? earliest.isMetBy(done.atStartOfDay()) : earliest.isOpenOn(asOf)) {
                return new Occasion(label, earliest, done);
            }
            return new Occasion(label, earliest, done, "the date of the first adoption review is not recorded");
        }
        Due due = held.size() == 1 ? policy.due(ADOPTION_REVIEW_SECOND, held.get(0), "the first adoption review")
                : policy.due(ADOPTION_REVIEW_SECOND, policy.due(ADOPTION_REVIEW_FIRST, placed, "placement for adoption").date(),
                        "the date the first adoption review was due");
        return new Occasion(label, due, done);
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
