package uk.practicecheck.indicator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The indicators, as declared in the resource {@code indicators.yaml}, with the reports their
 * inspectors' figures come from. Every measure and setting is checked when the file is read.
 */
public final class IndicatorCatalogue {
    static final String RESOURCE = "/uk/practicecheck/indicator/indicators.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final IndicatorCatalogue BUNDLED = loadBundled();

    private final List<SourceReport> reports;
    private final List<IndicatorDefinition> definitions;
    private final Map<String, Measure> measures;

    record File(List<ReportEntry> reports, List<Entry> indicators) {
    }

    record ReportEntry(String id, String name, String file, LocalDate date) {
    }

    record Entry(String id, String title, String shownAs, String counts, String numerator, String denominator,
                 String period, Map<String, String> from, String source, String notJudged, List<FigureEntry> figures) {
    }

    record FigureEntry(String report, String who, String period, Double value, String words, String note) {
    }

    private IndicatorCatalogue(List<SourceReport> reports, List<IndicatorDefinition> definitions, Map<String, Measure> measures) {
        this.reports = reports;
        this.definitions = definitions;
        this.measures = measures;
    }

    /** The indicators shipped with practice-check. */
    public static IndicatorCatalogue bundled() {
        return BUNDLED;
    }

    private static IndicatorCatalogue loadBundled() {
        try (InputStream in = Objects.requireNonNull(IndicatorCatalogue.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled indicator definitions could not be read", e);
        }
    }

    /**
     * Reads indicator definitions in the format of {@code indicators.yaml}.
     *
     * @throws IllegalArgumentException saying which indicator is wrong and how
     */
    static IndicatorCatalogue read(InputStream in) throws IOException {
        File file = YAML.readValue(in, File.class);
        Map<String, SourceReport> reports = new LinkedHashMap<>();
        for (ReportEntry r : file.reports()) {
            reports.put(r.id(), new SourceReport(r.id(), r.name(), r.file(), r.date()));
        }
        List<IndicatorDefinition> definitions = new ArrayList<>();
        Map<String, Measure> measures = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Entry e : file.indicators()) {
            try {
                IndicatorDefinition definition = definition(e, reports::get);
                if (!ids.add(definition.id())) {
                    throw new IllegalArgumentException("the id is used twice");
                }
                definitions.add(definition);
                Map<String, String> settings = new LinkedHashMap<>(definition.settings());
                String needs = settings.remove(SourceSilence.NEEDS);
                measures.put(definition.id(), SourceSilence.of(definition.rule() != null
                        ? new RuleOccasions(definition.rule(), settings.get(RuleOccasions.HISTORY))
                        : Measures.create(definition.measure(), settings), needs));
            } catch (IllegalArgumentException | NullPointerException problem) {
                throw new IllegalArgumentException("indicator '" + e.id() + "': " + problem.getMessage(), problem);
            }
        }
        return new IndicatorCatalogue(List.copyOf(reports.values()), List.copyOf(definitions), measures);
    }

    private static IndicatorDefinition definition(Entry e, Function<String, SourceReport> reports) {
        for (String[] field : new String[][] {{"id", e.id()}, {"title", e.title()}, {"shownAs", e.shownAs()},
                {"counts", e.counts()}, {"numerator", e.numerator()}, {"denominator", e.denominator()},
                {"period", e.period()}, {"source", e.source()}, {"notJudged", e.notJudged()}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new IllegalArgumentException("'" + field[0] + "' is missing");
            }
        }
        ShownAs shownAs = ShownAs.valueOf(e.shownAs().trim().toUpperCase(Locale.ROOT));
        Map<String, String> from = new LinkedHashMap<>(Objects.requireNonNull(e.from(), "'from' is missing"));
        String rule = from.remove("rule");
        String measure = from.remove("measure");
        if ((rule == null) == (measure == null)) {
            throw new IllegalArgumentException("'from' names either a rule or a measure, and only one");
        }
        if (rule != null && !Set.of(RuleOccasions.HISTORY, SourceSilence.NEEDS).containsAll(from.keySet())) {
            throw new IllegalArgumentException("a rule-based indicator takes only the settings '" + RuleOccasions.HISTORY
                    + "' and '" + SourceSilence.NEEDS + "', but " + from.keySet() + " was given");
        }
        List<InspectorsFigure> figures = new ArrayList<>();
        for (FigureEntry f : e.figures() == null ? List.<FigureEntry>of() : e.figures()) {
            SourceReport report = reports.apply(f.report());
            if (report == null || f.value() == null || f.words() == null || f.period() == null) {
                throw new IllegalArgumentException("a figure needs a known report, a period, a value and the report's words: " + f);
            }
            figures.add(new InspectorsFigure(report, f.who(), f.period(), f.value(), f.words(), f.note()));
        }
        return new IndicatorDefinition(e.id(), e.title(), shownAs, e.counts(), e.numerator(), e.denominator(), e.period(),
                rule, measure, java.util.Collections.unmodifiableMap(from), e.source(), e.notJudged(), List.copyOf(figures));
    }

    public List<SourceReport> reports() {
        return reports;
    }

    public List<IndicatorDefinition> definitions() {
        return definitions;
    }

    /** The rule ids the rule-based indicators count. */
    public Set<String> ruleIds() {
        return definitions.stream().map(IndicatorDefinition::rule).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** A new tally of these indicators over {@code period}, for one worker thread. */
    public IndicatorTally tally(Period period) {
        return new IndicatorTally(this, period);
    }

    Measure measure(String id) {
        return measures.get(id);
    }
}
