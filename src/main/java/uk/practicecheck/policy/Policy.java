package uk.practicecheck.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.practicecheck.calendar.WorkingDays;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LookedAfterPeriod;
import uk.practicecheck.names.NearestName;

/**
 * Every number the rules use, by key, with its source, and the duties without a number that rules
 * cite where no inspection recommendation asks for what they check. Statutory defaults ship with
 * the tool; a local authority can override any of them with its own standards (see {@link PolicyLoader}).
 */
public final class Policy {
    public static final String FIRST_LOOKED_AFTER_REVIEW = "lookedAfter.review.first";
    public static final String SECOND_LOOKED_AFTER_REVIEW = "lookedAfter.review.second";
    public static final String LATER_LOOKED_AFTER_REVIEW = "lookedAfter.review.subsequent";

    private final String name;
    private final Map<String, Timescale> timescales;
    private final Map<String, Duty> duties;
    private final WorkingDays workingDays;
    private final Timetables timetables;

    public Policy(String name, Map<String, Timescale> timescales, Map<String, Duty> duties, WorkingDays workingDays) {
        this.name = name;
        this.timescales = Collections.unmodifiableMap(new TreeMap<>(timescales));
        this.duties = Collections.unmodifiableMap(new TreeMap<>(duties));
        this.workingDays = workingDays;
        this.timetables = new Timetables(this);
    }

    public String name() {
        return name;
    }

    public Map<String, Timescale> timescales() {
        return timescales;
    }

    public Map<String, Duty> duties() {
        return duties;
    }

    /** The duty {@code key}, such as {@code plans.contingency}; a rule asks it which plans it covers. */
    public Duty duty(String key) {
        Duty duty = duties.get(key);
        if (duty == null) {
            throw new IllegalArgumentException("no duty '" + key + "' in policy " + name
                    + NearestName.suggestion(key, duties.keySet()));
        }
        return duty;
    }

    /**
     * The statutory source behind a policy key, timescale or duty, for a rule that cites it
     * ({@code @statutory}); a source with neither description nor source when the policy has no such key.
     */
    public StatutorySource statutorySource(String key) {
        Timescale timescale = timescales.get(key);
        if (timescale != null) {
            return new StatutorySource(key, timescale.description(), timescale.source());
        }
        Duty duty = duties.get(key);
        return duty == null ? new StatutorySource(key, null, null) : new StatutorySource(key, duty.description(), duty.source());
    }

    /** The statutory sources behind {@code keys}, in their order. */
    public List<StatutorySource> statutorySources(List<String> keys) {
        return keys.stream().map(this::statutorySource).toList();
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    public Timescale timescale(String key) {
        Timescale timescale = timescales.get(key);
        if (timescale == null) {
            throw new IllegalArgumentException("no timescale '" + key + "' in policy " + name
                    + NearestName.suggestion(key, timescales.keySet()));
        }
        return timescale;
    }

    /** When something is due, {@code key}'s timescale after the moment {@code from}, described as {@code fromWhat}. */
    public Due due(String key, LocalDateTime from, String fromWhat) {
        Timescale timescale = timescale(key);
        if (timescale.unit() == TimeUnit.HOURS) {
            return Due.afterHours(timescale.dueAfter(from, workingDays), timescale, fromWhat, from);
        }
        // A day-based deadline is a whole day, counted in whole days from the day of the moment.
        return due(timescale, from.toLocalDate(), fromWhat);
    }

    public Due due(String key, LocalDate from, String fromWhat) {
        return due(timescale(key), from, fromWhat);
    }

    /** {@link #due(String, LocalDate, String)} for a timescale already looked up: for a timetable asking it again and again. */
    Due due(Timescale timescale, LocalDate from, String fromWhat) {
        if (timescale.unit() == TimeUnit.HOURS) {
            LocalDateTime start = from.atStartOfDay();
            return Due.afterHours(timescale.dueAfter(start, workingDays), timescale, fromWhat, start);
        }
        return Due.after(timescale.dueAfter(from, workingDays), timescale, fromWhat, from);
    }

    /** The statutory timetables: visits, health assessments, PEPs, pathway plans, adoption reviews. */
    public Timetables timetables() {
        return timetables;
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

    /**
     * The review timetable for one spell in care of {@code child}: looked-after reviews, then,
     * once the child is placed for adoption, the adoption agency's reviews; where the source holds
     * the reviews only from a day on, see {@link ReviewSchedule#upTo}. No review falls due after
     * the day before the 18th birthday.
     */
    public ReviewSchedule lookedAfterReviews(LookedAfterPeriod period, CaseSummary child) {
        return new ReviewSchedule(period, this, child.heldFrom("reviews.date"), child.placedForAdoption(), child.getReviews(),
                child.lastDayAsAChild());
    }
}
