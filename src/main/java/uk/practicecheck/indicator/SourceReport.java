package uk.practicecheck.indicator;

import java.time.LocalDate;

/**
 * One of the inspection reports in {@code seeds/reports} that the figures are quoted from.
 *
 * @param id   short id, such as MBR-2016
 * @param name how it is named beside a figure, such as "Middlesbrough 2016 inspection"
 * @param file its file name in seeds/reports
 * @param date its date as catalogued in seeds/README.md (publication or letter date)
 */
public record SourceReport(String id, String name, String file, LocalDate date) {
}
