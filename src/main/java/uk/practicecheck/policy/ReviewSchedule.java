package uk.practicecheck.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.practicecheck.model.LookedAfterPeriod;
import uk.practicecheck.model.Review;
import uk.practicecheck.model.ReviewType;

/**
 * When each looked-after review of a spell in care falls due. Each timescale runs from the
 * actual previous review; where that review has not been held, from the date it was due.
 * Several records of a review on the same day are one review. A review recorded without its date
 * still counts (the one after it is still the next review), but when the next was due cannot be worked out.
 * Once the child is placed for adoption, the reviews follow the Adoption Agencies Regulations 2005,
 * regulation 36(3), instead: the first within four weeks of the placement, the second within three
 * months of the first, then six-monthly, counting every review of the child (looked-after or
 * adoption) held from the placement. Where the child's date of birth is known, no review falls due
 * after the day before the 18th birthday (Children Act 1989, section 105(1)).
 */
public final class ReviewSchedule {
    private final LookedAfterPeriod period;
    private final Policy policy;
    /** The spell's reviews, oldest first, the first record of each day only. */
    private final List<Review> reviews;
    /** The day from which the source holds every review; null when it holds them all. */
    private final LocalDate heldFrom;
    /** The day the child was placed for adoption during the spell; null if not. */
    private final LocalDate placedForAdoption;
    /** Every review of the child, of any type, to find those held after placement for adoption. */
    private final List<Review> allReviews;
    /** The last day the child is a child; null when not known or not asked for. */
    private final LocalDate lastDayAsAChild;
    /**
     * Whether reviews may have been held that the source does not hold: it holds them only from a
     * day after the first review fell due. The reviews recorded are then not known to be the first
     * ones, and a review after one recorded is taken to be a later review (six-monthly), not the
     * second: the record cannot show it was the second.
     */
    private final boolean unrecordedReviewsPossible;
    /**
     * The reviews' deadlines once worked out, the nth at n - 1 (null where it cannot be), and which
     * have been: each runs from the one before, and the timetable asks for each several times.
     */
    private Due[] dues = new Due[0];
    private boolean[] worked = new boolean[0];

    ReviewSchedule(LookedAfterPeriod period, Policy policy, LocalDate heldFrom) {
        this(period, policy, heldFrom, null, List.of(), null);
    }

    ReviewSchedule(LookedAfterPeriod period, Policy policy, LocalDate heldFrom, LocalDate placedForAdoption,
                   List<Review> allReviews, LocalDate lastDayAsAChild) {
        this.lastDayAsAChild = lastDayAsAChild;
        this.period = period;
        this.policy = policy;
        this.heldFrom = heldFrom != null && period.getStart().isBefore(heldFrom) ? heldFrom : null;
        this.placedForAdoption = placedForAdoption != null && period.lookedAfterOn(placedForAdoption) ? placedForAdoption : null;
        this.allReviews = allReviews;
        List<Review> oneADay = new ArrayList<>();
        for (Review review : period.getReviews()) {
            if (oneADay.isEmpty() || review.getDate() == null
                    || !review.getDate().equals(oneADay.get(oneADay.size() - 1).getDate())) {
                oneADay.add(review);
            }
        }
        this.reviews = oneADay;
        this.unrecordedReviewsPossible = this.heldFrom != null
                && policy.due(Policy.FIRST_LOOKED_AFTER_REVIEW, period.getStart(), "becoming looked after").date().isBefore(this.heldFrom);
    }

    /** When the nth review (1-based) is due; null when that depends on a review whose date is not recorded. */
    public Due due(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("reviews are numbered from 1: " + n);
        }
        if (n > dues.length) {
            dues = Arrays.copyOf(dues, Math.max(n, 2 * dues.length));
            worked = Arrays.copyOf(worked, dues.length);
        }
        if (!worked[n - 1]) {
            dues[n - 1] = workOutDue(n);
            worked[n - 1] = true;
        }
        return dues[n - 1];
    }

    private Due workOutDue(int n) {
        if (n == 1) {
            return policy.due(Policy.FIRST_LOOKED_AFTER_REVIEW, period.getStart(), "becoming looked after");
        }
        Review previous = held(n - 1);
        String key = n == 2 && !unrecordedReviewsPossible ? Policy.SECOND_LOOKED_AFTER_REVIEW : Policy.LATER_LOOKED_AFTER_REVIEW;
        if (previous != null) {
            return previous.getDate() == null ? null : policy.due(key, previous.getDate(), "review " + (n - 1)
                    + (unrecordedReviewsPossible ? " of those recorded from " + heldFrom : "") + " held");
        }
        Due previousDue = due(n - 1);
        return previousDue == null ? null : policy.due(key, previousDue.date(), "review " + (n - 1) + " due");
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
     * when it is due after a review whose date is not recorded), and still a child when it was due.
     */
    public boolean reaches(int n) {
        if (held(n) != null) {
            return true;
        }
        Due due = due(n);
        return due == null ? period.getEnd() == null : owedOn(due.date());
    }

    private boolean owedOn(LocalDate day) {
        return period.lookedAfterOn(day) && (lastDayAsAChild == null || !day.isAfter(lastDayAsAChild));
    }

    /**
     * Every review of the spell due by {@code asOf}, held or not, then the next one, which is not
     * yet due; none that fell due after the child left care. Where the source holds the reviews only
     * from a day on, a review missed or held late whose timescale began before that day cannot be
     * told, as an unrecorded review may have come first; the reviews are then numbered as recorded.
     * After placement for adoption, the adoption reviews instead: a looked-after review due on or
     * before the placement day is still owed under the care planning timetable.
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
        for (int n = 1; ; n++) {
            Review review = held(n);
            Due due = due(n);
            boolean heldAfterPlacement = placedForAdoption != null && review != null && review.getDate() != null
                    && !review.getDate().isBefore(placedForAdoption);
            if (placedForAdoption != null && due != null && (review == null || heldAfterPlacement)
                    && due.date().isAfter(placedForAdoption)) {
                occasions.addAll(adoptionReviews(asOf));
                return occasions;
            }
            if (heldAfterPlacement && due != null) {
                // Due by the placement but next held after it, on the adoption timetable: missed under
                // the care planning one, as is every looked-after review due after it until the placement.
                occasions.addAll(missedBeforePlacement(n, due));
                occasions.addAll(adoptionReviews(asOf));
                return occasions;
            }
            // Checked after the switch to adoption reviews: a looked-after review that would fall due
            // after the spell ended does not make the adoption reviews due before then any less owed.
            if (!reaches(n)) {
                break;
            }
            String label = label(n);
            if (review != null && review.getDate() == null) {
                occasions.add(new Occasion(label, due, null, Recurrence.UNDATED));
            } else if (due == null) {
                occasions.add(review == null ? new Occasion(label, null, null, Recurrence.PREVIOUS_UNDATED)
                        : afterUndated(n, label, review.getDate()));
            } else {
                occasions.add(new Occasion(label, due, review == null ? null : review.getDate()));
            }
            if (review == null && (due == null || due.isOpenOn(asOf))) {
                break;
            }
        }
        return occasions;
    }

    private String label(int n) {
        return "looked-after review " + n + (unrecordedReviewsPossible ? " of those recorded from " + heldFrom : "")
                + " (" + period.label() + ")";
    }

    /**
     * The looked-after reviews from the nth, due on {@code due}, to the last one due on or before
     * the placement for adoption, none of them held before it.
     */
    private List<Occasion> missedBeforePlacement(int n, Due due) {
        List<Occasion> missed = new ArrayList<>();
        for (int k = n; due != null && !due.date().isAfter(placedForAdoption); k++) {
            missed.add(new Occasion(label(k), due, null));
            due = policy.due(k == 1 && !unrecordedReviewsPossible ? Policy.SECOND_LOOKED_AFTER_REVIEW
                    : Policy.LATER_LOOKED_AFTER_REVIEW, due.date(), "review " + k + " due");
        }
        return missed;
    }

    /**
     * The nth review, held on {@code held}, after one recorded without its date: that review came no
     * earlier than the last dated review before it (or the spell's start), so the nth is on time if
     * it came within its timescale of that day, and otherwise cannot be told.
     */
    private Occasion afterUndated(int n, String label, LocalDate held) {
        LocalDate lastKnown = period.getStart();
        String lastKnownWhat = "the start of the spell in care";
        for (int i = 1; i < n; i++) {
            LocalDate date = held(i).getDate();
            if (date != null) {
                lastKnown = date;
                lastKnownWhat = "review " + i + " held";
            }
        }
        String key = n == 2 && !unrecordedReviewsPossible ? Policy.SECOND_LOOKED_AFTER_REVIEW : Policy.LATER_LOOKED_AFTER_REVIEW;
        Due earliest = policy.due(key, lastKnown, lastKnownWhat);
        if (earliest.isMetBy(held.atStartOfDay())) {
            return new Occasion(label, earliest.withBasis(earliest.basis() + ", counted from before review " + (n - 1)
                    + ", whose date is not recorded"), held);
        }
        return new Occasion(label, null, held, Recurrence.PREVIOUS_UNDATED);
    }

    /** The adoption reviews of regulation 36(3) of the Adoption Agencies Regulations 2005, from placement for adoption. */
    private List<Occasion> adoptionReviews(LocalDate asOf) {
        LocalDate placed = placedForAdoption;
        List<LocalDate> held = allReviews.stream()
                .filter(r -> r.getType() == ReviewType.LOOKED_AFTER || r.getType() == ReviewType.ADOPTION)
                .map(Review::getDate)
                .filter(d -> d != null && !d.isBefore(placed) && period.lookedAfterOn(d))
                .distinct().sorted().toList();
        Due first = policy.due(Timetables.ADOPTION_REVIEW_FIRST, placed, "placement for adoption");
        Recurrence.NumberedNextDue next = (n, previous, wasDone) -> policy.due(
                n == 1 ? Timetables.ADOPTION_REVIEW_SECOND : Timetables.ADOPTION_REVIEW_SUBSEQUENT, previous,
                wasDone ? "adoption review " + n + " held" : "adoption review " + n + " due");
        LocalDate end = lastDayAsAChild != null && (period.getEnd() == null || lastDayAsAChild.isBefore(period.getEnd()))
                ? lastDayAsAChild : period.getEnd();
        return Recurrence.occasions(first, held, next, end, asOf,
                n -> "adoption review " + n + " (placed for adoption on " + placed + ", " + period.label() + ")",
                heldFrom, "reviews");
    }
}
