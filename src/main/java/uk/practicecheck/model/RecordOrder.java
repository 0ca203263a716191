package uk.practicecheck.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The order of records some of which were recorded without a date. Such a record still happened
 * and still counts (the review after it is still the next review), so it keeps its place in the
 * record: it is taken to come after the dated record listed before it (before the first dated one
 * when listed before them all), as sources list events in the order they happened.
 */
public final class RecordOrder {
    private RecordOrder() {
    }

    /**
     * {@code records} oldest first, each undated one in its place. Only records placed within
     * {@code within} are kept: a dated record by its day, an undated one by the day of the dated
     * record listed before it (or after it, when none is listed before); an undated record with no
     * dated one listed at all is kept.
     */
    public static <T> List<T> inOrder(List<T> records, Function<T, LocalDate> day, Predicate<LocalDate> within) {
        if (datedInOrder(records, day)) {
            // What the placing below comes to when every record is dated and listed oldest first (the usual record).
            List<T> kept = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                T record = records.get(i);
                if (within.test(day.apply(record))) {
                    kept.add(record);
                }
            }
            return Collections.unmodifiableList(kept);
        }
        LocalDate firstDated = records.stream().map(day).filter(Objects::nonNull).findFirst().orElse(null);
        List<Placed<T>> placed = new ArrayList<>(records.size());
        LocalDate previous = null;
        for (int i = 0; i < records.size(); i++) {
            T record = records.get(i);
            LocalDate d = day.apply(record);
            if (d != null) {
                placed.add(new Placed<>(record, d, 1, i));
                previous = d;
            } else {
                placed.add(previous == null ? new Placed<>(record, firstDated, 0, i) : new Placed<>(record, previous, 2, i));
            }
        }
        return placed.stream()
                .filter(p -> p.at() == null || within.test(p.at()))
                .sorted(Comparator.comparing((Placed<T> p) -> p.at(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingInt(Placed::rank).thenComparingInt(Placed::index))
                .map(Placed::record).toList();
    }

    /**
     * The days of {@link #inOrder}'s records, with null in the place of each record without a date;
     * several records of one day count once.
     */
    public static <T> List<LocalDate> days(List<T> records, Function<T, LocalDate> day, Predicate<LocalDate> within) {
        if (datedInOrder(records, day)) {
            // The usual record, dated and listed oldest first: the days in the list's order, with no list of the records made.
            List<LocalDate> days = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                LocalDate d = day.apply(records.get(i));
                if (within.test(d) && (days.isEmpty() || !d.equals(days.get(days.size() - 1)))) {
                    days.add(d);
                }
            }
            return days;
        }
        List<T> ordered = inOrder(records, day, within);
        List<LocalDate> days = new ArrayList<>(ordered.size());
        for (T record : ordered) {
            LocalDate d = day.apply(record);
            if (d == null || days.isEmpty() || !d.equals(days.get(days.size() - 1))) {
                days.add(d);
            }
        }
        return days;
    }

    /**
     * The days of events kept in several lists (pathway plans and pathway plan reviews, say), each
     * list in its record order with null for an event recorded without its date: all of them oldest
     * first, each undated one placed in its own list as {@link #inOrder} places it; several events of
     * one day count once.
     */
    public static List<LocalDate> days(List<List<LocalDate>> lists, Predicate<LocalDate> within) {
        if (allDated(lists)) {
            // What the placing below comes to when every event is dated (the usual record): the days in order.
            List<LocalDate> dated = new ArrayList<>();
            for (List<LocalDate> list : lists) {
                for (int i = 0; i < list.size(); i++) {
                    if (within.test(list.get(i))) {
                        dated.add(list.get(i));
                    }
                }
            }
            dated.sort(null);
            List<LocalDate> days = new ArrayList<>(dated.size());
            for (LocalDate d : dated) {
                if (days.isEmpty() || !d.equals(days.get(days.size() - 1))) {
                    days.add(d);
                }
            }
            return days;
        }
        List<Placed<LocalDate>> placed = new ArrayList<>();
        int index = 0;
        for (List<LocalDate> list : lists) {
            LocalDate firstDated = list.stream().filter(Objects::nonNull).findFirst().orElse(null);
            LocalDate previous = null;
            for (LocalDate d : list) {
                if (d != null) {
                    placed.add(new Placed<>(d, d, 1, index++));
                    previous = d;
                } else {
                    placed.add(previous == null ? new Placed<>(null, firstDated, 0, index++) : new Placed<>(null, previous, 2, index++));
                }
            }
        }
        List<LocalDate> days = new ArrayList<>();
        placed.stream()
                .filter(p -> p.at() == null || within.test(p.at()))
                .sorted(Comparator.comparing((Placed<LocalDate> p) -> p.at(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingInt(Placed::rank).thenComparingInt(Placed::index))
                .map(Placed::record)
                .forEach(d -> {
                    if (d == null || days.isEmpty() || !d.equals(days.get(days.size() - 1))) {
                        days.add(d);
                    }
                });
        return days;
    }

    private static boolean allDated(List<List<LocalDate>> lists) {
        for (List<LocalDate> list : lists) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether every record has a day and none comes before the one listed before it. */
    private static <T> boolean datedInOrder(List<T> records, Function<T, LocalDate> day) {
        LocalDate previous = null;
        // Indexed: asked of every list a timetable reads, and its iterator is not always optimised away.
        for (int i = 0; i < records.size(); i++) {
            LocalDate d = day.apply(records.get(i));
            if (d == null || previous != null && d.isBefore(previous)) {
                return false;
            }
            previous = d;
        }
        return true;
    }

    /**
     * A record and where it is placed: at a day, and on that day before the dated records (rank 0,
     * undated ones listed before any dated one), among them (1) or after them (2).
     */
    private record Placed<T>(T record, LocalDate at, int rank, int index) {
    }
}
