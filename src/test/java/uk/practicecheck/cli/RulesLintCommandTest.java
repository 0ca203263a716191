package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules lint} on copies of the project's rules, broken on purpose. */
class RulesLintCommandTest {
    @TempDir
    Path dir;

    @Test
    void theProjectRulesAreClean() {
        CliRun run = CliRun.of("rules", "lint", "rules");
        assertEquals(ExitCodes.ALL_MET, run.exitCode(), run::toString);
        assertTrue(run.out().contains(": 0 errors, 0 warnings."), run::toString);
    }

    @Test
    void aSyntaxErrorIsReportedAtItsFileLineAndColumn() throws IOException {
        Path rules = copyOfProjectRules();
        Path drl = rules.resolve("plans/plan-is-specific.drl");
        int line = lineNumberOf(drl, "$plan : Plan() from $case.currentPlans");
        replace(drl, "$plan : Plan() from", "$plan : Plan( from");

        CliRun run = CliRun.of("rules", "lint", rules.toString());

        assertEquals(ExitCodes.PROBLEMS_FOUND, run.exitCode(), run::toString);
        int column = "    $plan : Plan( from ".length() + 1;
        assertTrue(run.out().contains(drl + ":" + line + ":" + column + ": "), run::toString);
        assertTrue(run.out().contains("mismatched input '$case'"), run::toString);
    }

    @Test
    void aJavaErrorInAConsequenceIsReportedAtTheDrlLineNotTheGeneratedCode() throws IOException {
        Path rules = copyOfProjectRules();
        Path drl = rules.resolve("adoption/matched-in-time.drl");
        int line = lineNumberOf(drl, ".due(policy.due(");
        replace(drl, "policy.due(", "policy.dew(");

        CliRun run = CliRun.of("rules", "lint", rules.toString());

        assertEquals(ExitCodes.PROBLEMS_FOUND, run.exitCode(), run::toString);
        assertTrue(run.out().contains(drl + ":" + line + ":21: The method dew("), run::toString);
        assertTrue(!run.out().contains("LambdaConsequence"), run::toString);
    }

    @Test
    void anUnknownClassIsReportedWhereItIsNamed() throws IOException {
        Path rules = copyOfProjectRules();
        Path drl = rules.resolve("plans/plan-is-specific.drl");
        int line = lineNumberOf(drl, "$case : CaseSummary()");
        replace(drl, "$case : CaseSummary()", "$case : CaseSumary()");

        CliRun run = CliRun.of("rules", "lint", rules.toString());

        assertTrue(run.out().contains(drl + ":" + line + ":13: Unable to find class: CaseSumary"), run::toString);
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() throws IOException {
        Path rules = copyOfProjectRules();
        Path broken = rules.resolve("plans/plan-is-specific.drl");
        replace(broken, "$plan : Plan() from", "$plan : Plan( from");
        Path duplicate = rules.resolve("adoption/family-finding-started.drl");
        replace(duplicate, "@id(\"adoption.family-finding-started\")", "@id(\"permanence.adoption-considered\")");
        Path unknownRecommendation = rules.resolve("missing/return-interview-offered.drl");
        replace(unknownRecommendation, "STK-2016-R2,", "STK-2016-R99,");
        replace(unknownRecommendation, "@severity(\"high\")", "@severity(\"urgent\")");
        Path noMetFixture = rules.resolve("permanence/adoption-considered.drl");
        try (Stream<Path> fixtures = Files.list(rules.resolve("permanence/adoption-considered"))) {
            for (Path met : fixtures.filter(p -> p.getFileName().toString().startsWith("met-")).toList()) {
                Files.delete(met);
            }
        }
        Path orphan = rules.resolve("permanence/retired-rule/met-old.json");
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "{}");
        replace(duplicate, "    @appliesTo(\"looked-after children whose plan became adoption at a looked-after review\")\n", "");

        CliRun run = CliRun.of("rules", "lint", rules.toString());

        assertEquals(ExitCodes.PROBLEMS_FOUND, run.exitCode(), run::toString);
        List<String> expected = List.of(
                broken + ":",
                noMetFixture + ":" + lineNumberOf(noMetFixture, "rule \"") + ": rule id 'permanence.adoption-considered' is also used in " + duplicate,
                unknownRecommendation + ":" + lineNumberOf(unknownRecommendation, "STK-2016-R99,") + ": unknown recommendation id 'STK-2016-R99'",
                unknownRecommendation + ":" + lineNumberOf(unknownRecommendation, "rule \"") + ": @severity must be one of [HIGH, MEDIUM, LOW], not 'urgent'",
                noMetFixture + ": no fixture expecting MET",
                orphan + ": fixture without a rule",
                duplicate + ":" + lineNumberOf(duplicate, "rule \"") + ": warning: no @appliesTo metadata");
        for (String problem : expected) {
            assertTrue(run.out().contains(problem), () -> "missing '" + problem + "' in\n" + run);
        }
    }

    @Test
    void aStatutoryCitationThePolicyDoesNotHoldIsAnError() throws IOException {
        Path rules = copyOfProjectRules();
        Path drl = rules.resolve("health/initial-assessment.drl");
        replace(drl, "@statutory(\"lookedAfter.healthAssessment.initial\")", "@statutory(\"lookedAfter.healthAssesment.initial\")");

        CliRun run = CliRun.of("rules", "lint", drl.toString());

        assertEquals(ExitCodes.PROBLEMS_FOUND, run.exitCode(), run::toString);
        assertTrue(run.out().contains(drl + ":" + lineNumberOf(drl, "@statutory") + ": unknown policy key"
                + " 'lookedAfter.healthAssesment.initial' in @statutory (did you mean 'lookedAfter.healthAssessment.initial'?)"),
                run::toString);
    }

    @Test
    void aLocalRuleMayCiteATimescaleItsLocalPolicyAdds() throws IOException {
        Path rules = copyOfProjectRules();
        Path drl = rules.resolve("health/initial-assessment.drl");
        replace(drl, "@statutory(\"lookedAfter.healthAssessment.initial\")", "@statutory(\"local.healthAssessment.initial\")");
        Path policy = dir.resolve("local-policy.json");
        Files.writeString(policy, """
                {"timescales": {"local.healthAssessment.initial": {"amount": 15, "unit": "WORKING_DAYS",
                  "description": "the initial health assessment", "source": "Anytown health standard 2026"}}}""");

        CliRun withoutPolicy = CliRun.of("rules", "lint", drl.toString());
        CliRun withPolicy = CliRun.of("rules", "lint", drl.toString(), "--policy", policy.toString());

        assertEquals(ExitCodes.PROBLEMS_FOUND, withoutPolicy.exitCode(), withoutPolicy::toString);
        assertEquals(ExitCodes.ALL_MET, withPolicy.exitCode(), withPolicy::toString);
    }

    @Test
    void aMalformedIdIsAnError() throws IOException {
        Path rules = copyOfProjectRules();
        Path drl = rules.resolve("plans/plan-is-specific.drl");
        replace(drl, "@id(\"plans.specific\")", "@id(\"Plans_Specific\")");

        CliRun run = CliRun.of("rules", "lint", drl.toString());

        assertEquals(ExitCodes.PROBLEMS_FOUND, run.exitCode(), run::toString);
        int declaration = 1 + Files.readAllLines(drl).stream().takeWhile(line -> !line.startsWith("rule ")).toList().size();
        assertTrue(run.out().contains(drl + ":" + declaration + ": @id must be lowercase 'area.kebab-name'"), run::toString);
    }

    private Path copyOfProjectRules() throws IOException {
        Path copy = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(Path.of("rules").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

    static int lineNumberOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        LintHelpers.replace(file, from, to);
    }
}
