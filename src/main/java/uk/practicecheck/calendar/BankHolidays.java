package uk.practicecheck.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The bank holidays of England and Wales, read from the data file shipped with the tool. */
public final class BankHolidays {
    private static final String RESOURCE = "bank-holidays-england-and-wales.tsv";
    private static final BankHolidays ENGLAND_AND_WALES = load();

    private final TreeMap<LocalDate, String> holidays;

    BankHolidays(Map<LocalDate, String> holidays) {
        this.holidays = new TreeMap<>(holidays);
    }

    public static BankHolidays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.containsKey(day);
    }

    /** The holiday's name, or null on an ordinary day. */
    public String nameOf(LocalDate day) {
        return holidays.get(day);
    }

    public LocalDate firstCovered() {
        return holidays.firstKey().withDayOfYear(1);
    }

    public LocalDate lastCovered() {
        return holidays.lastKey().withMonth(12).withDayOfMonth(31);
    }

    private static BankHolidays load() {
        try (InputStream in = Objects.requireNonNull(BankHolidays.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<LocalDate, String> days = new TreeMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                days.put(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : "");
            }
            return new BankHolidays(days);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
