package uk.practicecheck.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.practicecheck.model.LookedAfterPeriod;
import uk.practicecheck.model.Review;

/**
 * When each looked-after review of a spell in care falls due. Each timescale runs from the
 * actual previous review; where that review has not been held, from the date it was due.
 * Several records of a review on the same day are one review. A review recorded without its date
 * still counts (the one after it is still the next review), but when the next was due cannot be worked out.
 */
public final class ReviewSchedule {
    private final LookedAfterPeriod period;
    private final Policy policy;
    /** The spell's reviews, oldest first, the first record of each day only. */
    private final List<Review> reviews;
    /** The day from which the source holds every review; null when it holds them all. */
    private final LocalDate heldFrom;

    ReviewSchedule(LookedAfterPeriod period, Policy policy, LocalDate heldFrom) {
        this.period = period;
        this.policy = policy;
        this.heldFrom = heldFrom != null && period.getStart().isBefore(heldFrom) ? heldFrom : null;
        List<Review> oneADay = new ArrayList<>();
        for (Review review : period.getReviews()) {
            if (oneADay.isEmpty() || review.getDate() == null
                    || !review.getDate().equals(oneADay.get(oneADay.size() - 1).getDate())) {
                oneADay.add(review);
            }
        }
        this.reviews = oneADay;
    }

    /** When the nth review (1-based) is due; null when that depends on a review whose date is not recorded. */
    public Due due(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("reviews are numbered from 1: " + n);
        }
        if (n == 1) {
            return policy.due(Policy.FIRST_LOOKED_AFTER_REVIEW, period.getStart(), "becoming looked after");
        }
        Review previous = held(n - 1);
        String key = n == 2 && !unrecordedReviewsPossible() ? Policy.SECOND_LOOKED_AFTER_REVIEW : Policy.LATER_LOOKED_AFTER_REVIEW;
        if (previous != null) {
            return previous.getDate() == null ? null : policy.due(key, previous.getDate(), "review " + (n - 1)
                    + (unrecordedReviewsPossible() ? " of those recorded from " + heldFrom : "") + " held");
        }
        Due previousDue = due(n - 1);
        return previousDue == null ? null : policy.due(key, previousDue.date(), "review " + (n - 1) + " due");
    }

    /**
     * Whether reviews may have been held that the source does not hold: it holds them only from a
     * day after the first review fell due. The reviews recorded are then not known to be the first
     * ones, and a review after one recorded is taken to be a later review (six-monthly), not the
     * second: the record cannot show it was the second.
     */
    private boolean unrecordedReviewsPossible() {
        return heldFrom != null && policy.due(Policy.FIRST_LOOKED_AFTER_REVIEW, period.getStart(), "becoming looked after")
                .date().isBefore(heldFrom);
    }

    /** The nth review held in the spell (the first record of its day), or null if it has not been held. */
    public Review held(int n) {
        return n <= reviews.size() ? reviews.get(n - 1) : null;
    }

    /** The date of the nth review if it has been held, or the date it is due; null when not known. */
    public LocalDate heldOrDue(int n) {
        Review review = held(n);
        if (review != null) {
            return review.getDate();
        }
        Due due = due(n);
        return due == null ? null : due.date();
    }

    /** The nth review as a deadline: the day it was held, or the day it is due if it has not been; null when not known. */
    public Due byReview(int n) {
        Review review = held(n);
        if (review != null) {
            return review.getDate() == null ? null : Due.onDay(review.getDate(), "review " + n + " held on " + review.getDate());
        }
        return due(n);
    }

    /**
     * Whether the child was still looked after when the nth review was held or due (taken to be so
     * when it is due after a review whose date is not recorded).
     */
    public boolean reaches(int n) {
        if (held(n) != null) {
            return true;
        }
        Due due = due(n);
        return due == null ? period.getEnd() == null : period.lookedAfterOn(due.date());
    }

    /**
     * Every review of the spell due by {@code asOf}, held or not, then the next one, which is not
     * yet due; none that fell due after the child left care. Where the source holds the reviews only
     * from a day on, a review missed or held late whose timescale began before that day cannot be
     * told, as an unrecorded review may have come first; the reviews are then numbered as recorded.
     */
    public List<Occasion> upTo(LocalDate asOf) {
        List<Occasion> occasions = allUpTo(asOf);
        if (heldFrom == null) {
            return occasions;
        }
        List<Occasion> told = new ArrayList<>(occasions.size());
        boolean afterGap = false;
        for (Occasion o : occasions) {
            boolean uncertain = afterGap || o.due() != null && o.due().countedFrom().isBefore(heldFrom);
            boolean onTime = o.done() != null && o.due() != null && o.due().isMetBy(o.done().atStartOfDay());
            boolean open = o.done() == null && o.due() != null && o.due().isOpenOn(asOf);
            told.add(o.untold() == null && uncertain && !onTime && !open
                    ? new Occasion(o.label(), o.due(), o.done(), "the record holds reviews only from " + heldFrom) : o);
            afterGap = o.done() == null && uncertain;
        }
        return told;
    }

    private List<Occasion> allUpTo(LocalDate asOf) {
        List<Occasion> occasions = new ArrayList<>();
        for (int n = 1; reaches(n); n++) {
            Review review = held(n);
            Due due = due(n);
            String label = "looked-after review " + n + (unrecordedReviewsPossible() ? " of those recorded from " + heldFrom : "")
                    + " (" + period.label() + ")";
            if (review != null && review.getDate() == null) {
                occasions.add(new Occasion(label, due, null, Recurrence.UNDATED));
            } else if (due == null) {
                occasions.add(new Occasion(label, null, review == null ? null : review.getDate(), Recurrence.PREVIOUS_UNDATED));
            } else {
                occasions.add(new Occasion(label, due, review == null ? null : review.getDate()));
            }
            if (review == null && (due == null || due.isOpenOn(asOf))) {
                break;
            }
        }
        return occasions;
    }
}
