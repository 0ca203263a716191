package uk.practicecheck.indicator;

import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.model.CaseSummary;

/** How one indicator counts one case, already restricted to the as-of date and evaluated. */
interface Measure {

    void count(CaseSummary c, CaseResult result, Period period, CaseCounts into);
}
