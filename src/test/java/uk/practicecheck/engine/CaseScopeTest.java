package uk.practicecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A rule must keep to one case, since cases are evaluated in batches in one session. */
class CaseScopeTest {
    private static RuleFile parse(String conditions) {
        String drl = """
                package practicecheck.rules;

                import uk.practicecheck.model.*;

                rule "Scoped"
                when
                %s
                then
                end
                """.formatted(conditions);
        return RuleFile.parse(new RuleSource("test/scoped.drl", "local-rules", drl));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "$case : CaseSummary()",
        "$case : CaseSummary( caseId != null )\n$v : Visit() from $case.visits",
        "$case : CaseSummary()\nnot Visit( seenAlone == true ) from $case.visits",
        "$case : CaseSummary()\n$n : Number() from accumulate( Visit() from $case.visits, count(1) )",
        "$case : CaseSummary()\nexists( Visit() from $case.visits ) or exists( Review() from $case.reviews )",
    })
    void rulesThatReachEverythingFromTheirCaseAreAccepted(String conditions) {
        RuleFile file = parse(conditions);
        assertEquals(List.of(), file.scopeErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "$case : CaseSummary()\n$other : CaseSummary( this != $case )",
        "$case : CaseSummary()\nnot Visit()",
        "$case : CaseSummary()\n$n : Number() from accumulate( CaseSummary(), count(1) )",
        "$v : Visit()\n$case : CaseSummary()",
        "$c : CaseSummary()",
        "CaseSummary()",
        "eval( true )",
    })
    void rulesThatCouldJoinOneCaseWithAnotherAreRefused(String conditions) {
        RuleFile file = parse(conditions);
        assertTrue(!file.scopeErrors().isEmpty(), conditions);
        RuleProblem problem = file.scopeErrors().get(0);
        assertEquals("local-rules/test/scoped.drl", problem.file());
        assertTrue(problem.message().contains("case"), problem.message());
    }
}
