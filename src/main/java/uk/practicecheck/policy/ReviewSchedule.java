package uk.practicecheck.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.practicecheck.model.LookedAfterPeriod;
import uk.practicecheck.model.Review;

/**
 * When each looked-after review of a spell in care falls due. Each timescale runs from the
 * actual previous review; where that review has not been held, from the date it was due.
 * Several records of a review on the same day are one review.
 */
public final class ReviewSchedule {
    private final LookedAfterPeriod period;
    private final Policy policy;
    /** The spell's reviews, oldest first, the first record of each day only. */
    private final List<Review> reviews;

    ReviewSchedule(LookedAfterPeriod period, Policy policy) {
        this.period = period;
        this.policy = policy;
        List<Review> oneADay = new ArrayList<>();
        for (Review review : period.getReviews()) {
            if (oneADay.isEmpty() || !oneADay.get(oneADay.size() - 1).getDate().equals(review.getDate())) {
                oneADay.add(review);
            }
        }
        this.reviews = oneADay;
    }

    /** When the nth review (1-based) is due. */
    public Due due(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("reviews are numbered from 1: " + n);
        }
        if (n == 1) {
            return policy.due(Policy.FIRST_LOOKED_AFTER_REVIEW, period.getStart(), "becoming looked after");
        }
        Review previous = held(n - 1);
        String key = n == 2 ? Policy.SECOND_LOOKED_AFTER_REVIEW : Policy.LATER_LOOKED_AFTER_REVIEW;
        if (previous != null) {
            return policy.due(key, previous.getDate(), "review " + (n - 1) + " held");
        }
        return policy.due(key, due(n - 1).date(), "review " + (n - 1) + " due");
    }

    /** The nth review held in the spell (the first record of its day), or null if it has not been held. */
    public Review held(int n) {
        return n <= reviews.size() ? reviews.get(n - 1) : null;
    }

    /** The date of the nth review if it has been held, or the date it is due. */
    public LocalDate heldOrDue(int n) {
        Review review = held(n);
        return review != null ? review.getDate() : due(n).date();
    }

    /** The nth review as a deadline: the day it was held, or the day it is due if it has not been. */
    public Due byReview(int n) {
        Review review = held(n);
        return review != null ? Due.onDay(review.getDate(), "review " + n + " held on " + review.getDate()) : due(n);
    }

    /** Whether the child was still looked after when the nth review was held or due. */
    public boolean reaches(int n) {
        return held(n) != null || period.lookedAfterOn(due(n).date());
    }

    /**
     * Every review of the spell due by {@code asOf}, held or not, then the next one, which is not
     * yet due; none that fell due after the child left care.
     */
    public List<Occasion> upTo(LocalDate asOf) {
        List<Occasion> occasions = new ArrayList<>();
        for (int n = 1; reaches(n); n++) {
            Review review = held(n);
            Due due = due(n);
            occasions.add(new Occasion("looked-after review " + n + " (" + period.label() + ")", due,
                    review == null ? null : review.getDate()));
            if (review == null && due.isOpenOn(asOf)) {
                break;
            }
        }
        return occasions;
    }
}
