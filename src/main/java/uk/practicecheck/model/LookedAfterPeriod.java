package uk.practicecheck.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A continuous spell of being looked after, with the looked-after reviews held during it. */
public class LookedAfterPeriod {
    private final LocalDate start;
    private final LocalDate end;
    private final List<Review> reviews;
    /** {@link #label()}, made when first asked for: every occasion of the spell's timetables carries it. */
    private String label;

    public LookedAfterPeriod(LocalDate start, LocalDate end, List<Review> allReviews) {
        this.start = start;
        this.end = end;
        List<Review> lookedAfterReviews = new ArrayList<>(allReviews.size());
        for (Review review : allReviews) {
            if (review.getType() == ReviewType.LOOKED_AFTER) {
                lookedAfterReviews.add(review);
            }
        }
        this.reviews = RecordOrder.inOrder(lookedAfterReviews, Review::getDate, this::lookedAfterOn);
    }

    public LocalDate getStart() { return start; }
    /** The day the spell ended; absent while the child is still looked after. */
    public LocalDate getEnd() { return end; }
    /** Looked-after reviews held during the spell, oldest first, each recorded without a date in its place ({@link RecordOrder}). */
    public List<Review> getReviews() { return reviews; }

    /** Whether the child was still looked after on the given day. */
    public boolean lookedAfterOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    /**
     * Reviews held on or before the given day, with those recorded without a date that come before
     * the first review after it; all of the spell's reviews when the day is not known (null).
     */
    public List<Review> reviewsUpTo(LocalDate day) {
        if (day == null) {
            return reviews;
        }
        List<Review> upTo = new ArrayList<>();
        for (Review review : reviews) {
            if (review.getDate() != null && review.getDate().isAfter(day)) {
                break;
            }
            upTo.add(review);
        }
        return upTo;
    }

    /** The first review whose permanence plan was the given option, as a list of at most one. */
    public List<Review> firstReviewPlanning(PermanenceOption option) {
        return reviews.stream().filter(r -> r.getPermanencePlan() == option).limit(1).toList();
    }

    /**
     * Whether a review held on or before {@code day} considered adoption (a review that made
     * adoption the plan or the parallel plan counts); null when no review says yes and some do not say.
     */
    public Boolean adoptionConsideredBy(LocalDate day) {
        return anyYes(reviewsUpTo(day).stream()
                .map(r -> r.adoptionInPlay() ? Boolean.TRUE : r.getAdoptionConsidered())
                .toList());
    }

    /**
     * Reviews of the spell at which adoption was the plan or the parallel plan, so that the
     * authority was considering adoption (Children Act 1989, section 22C(9A)), held before
     * {@code placedForAdoption} (null: never placed): once placed for adoption, fostering for
     * adoption is no longer in question. A review recorded without its date counts when the child
     * was never placed, or when a dated review after it in the record was held before the placement.
     */
    public List<Review> reviewsConsideringAdoption(LocalDate placedForAdoption) {
        List<Review> considering = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            Review review = reviews.get(i);
            if (review.adoptionInPlay() && (placedForAdoption == null || heldBefore(i, placedForAdoption))) {
                considering.add(review);
            }
        }
        return considering;
    }

    /** Whether the ith review was held before {@code day}: by its date, or for one without, a later dated review's. */
    private boolean heldBefore(int i, LocalDate day) {
        for (int j = i; j < reviews.size(); j++) {
            LocalDate date = reviews.get(j).getDate();
            if (date != null) {
                return date.isBefore(day);
            }
        }
        return false;
    }

    /**
     * Whether foster to adopt had been considered by {@code review}, one of
     * {@link #reviewsConsideringAdoption}: yes if it or any earlier review of the spell says so;
     * otherwise what {@code review} says (null: silent). A "no" at a review where adoption was not
     * in play is never asked about.
     */
    public Boolean fosterToAdoptConsideredAt(Review review) {
        List<Review> upTo = review.getDate() != null ? reviewsUpTo(review.getDate())
                : reviews.subList(0, reviews.indexOf(review) + 1);
        boolean earlierYes = upTo.stream().anyMatch(r -> Boolean.TRUE.equals(r.getFosterToAdoptConsidered()));
        return earlierYes ? Boolean.TRUE : review.getFosterToAdoptConsidered();
    }

    /** Whether a review held on or before {@code day} considered foster to adopt; null when unknown. */
    public Boolean fosterToAdoptConsideredBy(LocalDate day) {
        return anyYes(reviewsUpTo(day).stream().map(Review::getFosterToAdoptConsidered).toList());
    }

    private static Boolean anyYes(List<Boolean> answers) {
        if (answers.contains(Boolean.TRUE)) {
            return Boolean.TRUE;
        }
        return answers.contains(null) ? null : Boolean.FALSE;
    }

    public String label() {
        if (label == null) {
            label = "looked after from " + start + (end == null ? "" : " to " + end);
        }
        return label;
    }

    /**
     * The first review that recorded a permanence plan other than a return home: the point at
     * which the child's separation from the birth family became the plan. A list of at most one.
     */
    public List<Review> firstReviewPlanningPermanenceAwayFromHome() {
        return reviews.stream()
                .filter(r -> r.getPermanencePlan() != null && r.getPermanencePlan() != PermanenceOption.RETURN_HOME)
                .limit(1).toList();
    }

    /** Whether a review held on or before {@code day} recorded a permanence plan. */
    public boolean permanencePlanRecordedBy(LocalDate day) {
        return reviewsUpTo(day).stream().anyMatch(r -> r.getPermanencePlan() != null);
    }

    /** Whether the latest review of the spell records a permanence plan; false when none has been held. */
    public boolean latestReviewRecordsPermanencePlan() {
        return !reviews.isEmpty() && reviews.get(reviews.size() - 1).getPermanencePlan() != null;
    }
}
