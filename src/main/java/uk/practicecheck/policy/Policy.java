package uk.practicecheck.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import uk.practicecheck.calendar.WorkingDays;
import uk.practicecheck.model.LookedAfterPeriod;

/**
 * Every number the rules use, by key, with its source. Statutory defaults ship with the tool;
 * a local authority can override any of them with its own standards (see {@link PolicyLoader}).
 */
public final class Policy {
    public static final String FIRST_LOOKED_AFTER_REVIEW = "lookedAfter.review.first";
    public static final String SECOND_LOOKED_AFTER_REVIEW = "lookedAfter.review.second";
    public static final String LATER_LOOKED_AFTER_REVIEW = "lookedAfter.review.subsequent";

    private final String name;
    private final Map<String, Timescale> timescales;
    private final WorkingDays workingDays;

    public Policy(String name, Map<String, Timescale> timescales, WorkingDays workingDays) {
        this.name = name;
        this.timescales = Collections.unmodifiableMap(new TreeMap<>(timescales));
        this.workingDays = workingDays;
    }

    public String name() {
        return name;
    }

    public Map<String, Timescale> timescales() {
        return timescales;
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    public Timescale timescale(String key) {
        Timescale timescale = timescales.get(key);
        if (timescale == null) {
            throw new IllegalArgumentException("no timescale '" + key + "' in policy " + name);
        }
        return timescale;
    }

    /** When something is due, {@code key}'s timescale after the moment {@code from}, described as {@code fromWhat}. */
    public Due due(String key, LocalDateTime from, String fromWhat) {
        Timescale t = timescale(key);
        boolean timed = t.unit() == TimeUnit.HOURS;
        LocalDateTime by = t.dueAfter(from, workingDays);
        return Due.after(timed ? by : by.toLocalDate().atStartOfDay(), timed, t, fromWhat, from);
    }

    public Due due(String key, LocalDate from, String fromWhat) {
        return due(key, from.atStartOfDay(), fromWhat);
    }

    /** The statutory timetables: visits, health assessments, PEPs, pathway plans, adoption reviews. */
    public Timetables timetables() {
        return new Timetables(this);
    }

    /** The looked-after review timetable for one spell in care. */
    public ReviewSchedule lookedAfterReviews(LookedAfterPeriod period) {
        return new ReviewSchedule(period, this, null);
    }

    /**
     * The looked-after review timetable for one spell in care, where the source holds the reviews
     * only from {@code heldFrom} on (null when it holds them all): see {@link ReviewSchedule#upTo}.
     */
    public ReviewSchedule lookedAfterReviews(LookedAfterPeriod period, LocalDate heldFrom) {
        return new ReviewSchedule(period, this, heldFrom);
    }
}
