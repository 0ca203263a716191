package uk.practicecheck.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files could not be made into a rule book; every problem found is listed. */
public final class RuleBookException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    public RuleBookException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
