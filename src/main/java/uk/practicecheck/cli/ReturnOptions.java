package uk.practicecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import uk.practicecheck.annexa.AnnexAWorkbook;
import uk.practicecheck.cincensus.CinCensus;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.returns.CaseJoiner;
import uk.practicecheck.returns.CollectionPeriod;
import uk.practicecheck.io.ReadResultsInput;
import uk.practicecheck.ssda903.Ssda903Return;

/**
 * The statutory returns {@code check}, {@code audit} and {@code convert} read: {@code --ssda903}
 * (once, or twice with the previous year's return) and {@code --cin-census}. Given together or
 * with Annex A workbooks, the sources are joined by child id into one case a child; each source's
 * notes go to standard error.
 */
final class ReturnOptions {
    @Option(names = "--ssda903", paramLabel = "PATH",
            description = "An SSDA903 (children looked after) return: a folder of its CSV tables, a zip of them, or its XML file. "
                    + "Give it twice to add the previous year's return. Sets the default --as-of to the end of its year.")
    List<Path> ssda903 = new ArrayList<>();

    @Option(names = "--cin-census", paramLabel = "FILE",
            description = "A Children in Need census (its XML file). Sets the default --as-of to the end of its year.")
    Path cinCensus;

    @Option(names = "--collection-year", paramLabel = "YEAR",
            description = "The collection year of the returns given, such as 2025 or 2025-26 (1 April 2025 to 31 March 2026), "
                    + "rather than the year told from their dates; with two SSDA903 returns, the later is for this year and the "
                    + "other for the year before.")
    String collectionYear;

    /** Whether any return was given. */
    boolean any() {
        return !ssda903.isEmpty() || cinCensus != null;
    }

    /** The workbooks, then the returns given, as named on the command line. */
    List<Path> withReturns(List<Path> workbooks) {
        List<Path> named = new ArrayList<>(workbooks);
        named.addAll(ssda903);
        if (cinCensus != null) {
            named.add(cinCensus);
        }
        return named;
    }

    /** Whether the options make sense; otherwise what is wrong, in words. */
    String problem() {
        if (ssda903.size() > 2) {
            return "--ssda903 can be given at most twice: a return and the previous year's";
        }
        if (collectionYear != null) {
            if (!any()) {
                return "--collection-year says which year a statutory return is for: give it with --ssda903 or --cin-census";
            }
            try {
                CollectionPeriod.parse(collectionYear);
            } catch (IllegalArgumentException e) {
                return "--collection-year: " + e.getMessage();
            }
        }
        return null;
    }

    /** The collection year given; null when none is (call {@link #problem()} first). */
    private CollectionPeriod year() {
        return collectionYear == null ? null : CollectionPeriod.parse(collectionYear);
    }

    /**
     * The cases to check.
     *
     * @param inputs     the case files named on the command line
     * @param periodEnd  the end of the latest collection year of the returns given; null when no return gives one
     */
    record Prepared(List<CaseInput> inputs, LocalDate periodEnd) {
    }

    /** Every case source of the command line: JSON files, and the workbooks and returns, joined when there are returns. */
    Prepared prepare(List<CaseInput> inputs, List<Path> workbooks, PrintWriter err) {
        if (!any()) {
            return new Prepared(AnnexAInputs.of(inputs, workbooks, err), null);
        }
        Joined joined = read(workbooks, err);
        List<CaseInput> all = new ArrayList<>(inputs);
        all.add(ReadResultsInput.of(joined.name(), joined::records));
        return new Prepared(all, joined.periodEnd());
    }

    /**
     * The returns and workbooks read and joined.
     *
     * @param name      what the records are reported under
     * @param records   one case a child, and the rejections
     * @param periodEnd the end of the latest collection year given; null when unknown
     */
    record Joined(String name, List<ReadResult> records, LocalDate periodEnd) {
    }

    Joined read(List<Path> workbooks, PrintWriter err) {
        List<CaseJoiner.Source> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        LocalDate periodEnd = null;
        if (!ssda903.isEmpty()) {
            Ssda903Return.Result read = Ssda903Return.read(ssda903, year());
            String label = "the SSDA903 return " + String.join(" and ", ssda903.stream().map(Path::toString).toList());
            read.notes().forEach(n -> err.println("practice-check: note: " + n));
            for (int i = 0; i < ssda903.size(); i++) {
                err.println("practice-check: note: " + ssda903.get(i) + ": "
                        + (read.periods().get(i) == null ? "no dates to tell its collection year"
                        : "SSDA903 return for " + read.periods().get(i)));
            }
            sources.add(new CaseJoiner.Source(label, read.records(), read.periodEnd()));
            names.add(ssda903.get(0).toString());
            periodEnd = later(periodEnd, read.periodEnd());
        }
        if (cinCensus != null) {
            CinCensus.Result read = CinCensus.read(cinCensus, year());
            read.notes().forEach(n -> err.println("practice-check: note: " + n));
            err.println("practice-check: note: " + cinCensus + ": "
                    + (read.period() == null ? "no dates to tell its collection year" : "Children in Need census for " + read.period()));
            sources.add(new CaseJoiner.Source("the Children in Need census " + cinCensus, read.records(),
                    read.period() == null ? null : read.period().end()));
            names.add(cinCensus.toString());
            periodEnd = later(periodEnd, read.period() == null ? null : read.period().end());
        }
        for (Path workbook : workbooks) {
            AnnexAWorkbook.Result read = AnnexAWorkbook.read(workbook);
            read.notes().forEach(n -> err.println("practice-check: note: " + workbook + ": " + n));
            sources.add(new CaseJoiner.Source("the Annex A workbook " + workbook, read.records()));
            names.add(workbook.toString());
        }
        List<ReadResult> records = sources.size() == 1 ? sources.get(0).records() : new CaseJoiner().join(sources);
        return new Joined(String.join(" + ", names), records, periodEnd);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
