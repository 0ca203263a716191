package uk.practicecheck.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.model.CaseSummary;

/**
 * Counts every indicator over the cases of an audit, overall and by team. One tally per worker
 * thread; the tallies are merged at the end, so nothing depends on thread timing.
 */
public final class IndicatorTally {
    /** How a case with no team is grouped, as in the rest of the audit. */
    static final String NO_TEAM = "not recorded";

    private final IndicatorCatalogue catalogue;
    private final Period period;
    private final Figures[] overall;
    private final Map<String, Figures[]> byTeam = new TreeMap<>();

    IndicatorTally(IndicatorCatalogue catalogue, Period period) {
        this.catalogue = catalogue;
        this.period = period;
        this.overall = empty(catalogue.definitions().size());
    }

    private static Figures[] empty(int size) {
        Figures[] figures = new Figures[size];
        java.util.Arrays.fill(figures, new Figures(0, 0, 0, 0));
        return figures;
    }

    /**
     * Adds one case: its record as evaluated (restricted to the as-of date) and the rules' results.
     */
    public void add(CaseSummary c, CaseResult result) {
        List<IndicatorDefinition> definitions = catalogue.definitions();
        Figures[] team = null;
        for (int i = 0; i < definitions.size(); i++) {
            CaseCounts counts = new CaseCounts();
            catalogue.measure(definitions.get(i).id()).count(c, result, period, counts);
            if (counts.isEmpty()) {
                continue;
            }
            if (team == null) {
                String name = result.team() == null || result.team().isBlank() ? NO_TEAM : result.team();
                team = byTeam.computeIfAbsent(name, k -> empty(definitions.size()));
            }
            Figures figures = counts.figures();
            overall[i] = overall[i].plus(figures);
            team[i] = team[i].plus(figures);
        }
    }

    /** Adds another worker's counts to these. */
    public void merge(IndicatorTally other) {
        for (int i = 0; i < overall.length; i++) {
            overall[i] = overall[i].plus(other.overall[i]);
        }
        other.byTeam.forEach((name, figures) -> {
            Figures[] mine = byTeam.computeIfAbsent(name, k -> empty(overall.length));
            for (int i = 0; i < mine.length; i++) {
                mine[i] = mine[i].plus(figures[i]);
            }
        });
    }

    /** The indicators as counted so far. */
    public IndicatorReport report() {
        List<IndicatorReport.Indicator> indicators = new ArrayList<>();
        List<IndicatorDefinition> definitions = catalogue.definitions();
        for (int i = 0; i < definitions.size(); i++) {
            Map<String, Figures> teams = new TreeMap<>();
            int index = i;
            byTeam.forEach((name, figures) -> {
                if (figures[index].denominator() > 0 || figures[index].casesNotJudged() > 0) {
                    teams.put(name, figures[index]);
                }
            });
            indicators.add(new IndicatorReport.Indicator(definitions.get(i), overall[i], teams));
        }
        return new IndicatorReport(period, List.copyOf(indicators));
    }
}
