package uk.practicecheck.indicator;

import java.util.List;
import java.util.Map;

/**
 * Every indicator's figures for one audit, overall and by team.
 *
 * @param period     the period the indicators cover
 * @param indicators in the order they are declared
 */
public record IndicatorReport(Period period, List<Indicator> indicators) {

    /**
     * One indicator's figures.
     *
     * @param definition what it is
     * @param overall    over every case
     * @param byTeam     by team name, in name order: the teams with something counted or not judged
     */
    public record Indicator(IndicatorDefinition definition, Figures overall, Map<String, Figures> byTeam) {
    }

}
