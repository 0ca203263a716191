package uk.practicecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.policy.PolicyLoader;

class RuleBookCompilerTest {
    private static final String HEADER = """
            package practicecheck.rules;

            import uk.practicecheck.model.CaseSummary;

            global uk.practicecheck.engine.FindingRecorder findings;

            """;

    private static RuleSource local(String path, String drl) {
        return new RuleSource(path, "local-rules", drl);
    }

    private static String rule(String name, String metadata, String consequence) {
        return """
                rule "%s"
                %s
                when
                    $case : CaseSummary()
                then
                    %s
                end
                """.formatted(name, metadata, consequence);
    }

    private static final String COMPLETE_METADATA = """
                @id("test.complete")
                @title("A rule with complete metadata")
                @recommendation("STK-2016-R3, MBR-2016-R7")
                @severity("medium")
                @since("0.1.0")
                @appliesTo("every case")""";

    @Test
    void metadataIsReadWithoutItsQuotes() throws Exception {
        String metadata = """
                    @id("test.quoted")
                    @title("Plans say \\"who does what\\" by when")
                    @recommendation("STK-2016-R3,  MBR-2016-R7")
                    @severity("HIGH")
                    @since('0.1.0')
                    @appliesTo("children   with a plan")""";
        RuleBook book = RuleBookCompiler.compile(List.of(local("plans/quoted.drl",
                HEADER + rule("Quoted", metadata, "findings.about(\"the case\").require(\"true\", true);"))));

        RuleInfo info = book.rule("test.quoted").orElseThrow();
        assertEquals("Plans say \"who does what\" by when", info.title());
        assertEquals(List.of("STK-2016-R3", "MBR-2016-R7"), info.recommendationIds());
        assertEquals(Severity.HIGH, info.severity());
        assertEquals("0.1.0", info.since());
        assertEquals("children with a plan", info.appliesTo());
        assertEquals("local-rules/plans/quoted.drl", info.file());
    }

    @Test
    void aSyntaxErrorNamesTheFileAndALine() {
        String broken = HEADER + """
                rule "Broken"
                    @id("test.broken")
                when
                    $case : CaseSummary( caseId == )
                then
                end
                """;

        RuleBookException e = assertThrows(RuleBookException.class,
                () -> RuleBookCompiler.compile(List.of(local("plans/broken.drl", broken))));

        assertEquals(1, e.problems().size(), e.getMessage());
        RuleProblem problem = e.problems().get(0);
        assertEquals("local-rules/plans/broken.drl", problem.file());
        assertTrue(problem.line() > 0, problem.toString());
        assertTrue(problem.toString().startsWith("local-rules/plans/broken.drl:" + problem.line()), problem.toString());
    }

    @Test
    void aTypeErrorInAConditionNamesTheFile() {
        String wrongField = HEADER + rule("Wrong field", COMPLETE_METADATA.replace("test.complete", "test.wrong-field"),
                "findings.about(\"x\");").replace("CaseSummary()", "CaseSummary( favouriteColour == \"blue\" )");

        RuleBookException e = assertThrows(RuleBookException.class,
                () -> RuleBookCompiler.compile(List.of(local("plans/wrong-field.drl", wrongField))));

        assertTrue(e.problems().stream().allMatch(p -> p.file().equals("local-rules/plans/wrong-field.drl")), e.getMessage());
    }

    @Test
    void anUnknownFieldInAConditionNamesTheNearestField() {
        String misspelt = HEADER + rule("Misspelt field", COMPLETE_METADATA.replace("test.complete", "test.misspelt-field"),
                "findings.about(\"x\");").replace("CaseSummary()", "CaseSummary( childNme == \"Amira\" )");

        RuleBookException e = assertThrows(RuleBookException.class,
                () -> RuleBookCompiler.compile(List.of(local("plans/misspelt-field.drl", misspelt))));

        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("childNme")
                && p.message().endsWith("(did you mean 'childName'?)")), e.getMessage());
    }

    @Test
    void anUnknownMethodInAConsequenceNamesTheNearestMethod() {
        String misspelt = HEADER + rule("Misspelt method", COMPLETE_METADATA.replace("test.complete", "test.misspelt-method"),
                "findings.about($case.getChildNme());");

        RuleBookException e = assertThrows(RuleBookException.class,
                () -> RuleBookCompiler.compile(List.of(local("plans/misspelt-method.drl", misspelt))));

        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("getChildNme")
                && p.message().endsWith("(did you mean 'getChildName'?)")), e.getMessage());
    }

    @Test
    void missingMetadataIsReportedByName() {
        String noId = HEADER + rule("No id", """
                    @title("A rule without an id")
                    @recommendation("STK-2016-R3")
                    @severity("low")
                    @since("0.1.0")""", "findings.about(\"x\");");

        RuleBookException e = assertThrows(RuleBookException.class,
                () -> RuleBookCompiler.compile(List.of(local("plans/no-id.drl", noId))));

        RuleProblem problem = e.problems().get(0);
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals("local-rules/plans/no-id.drl", problem.file());
        assertEquals("missing @id metadata", problem.message());
        assertEquals(noId.lines().toList().indexOf(noId.lines().filter(l -> l.startsWith("rule ")).findFirst().orElseThrow()) + 1,
                problem.line(), "the problem points at the rule's declaration");
    }

    @Test
    void aRuleCitingNeitherARecommendationNorAStatutorySourceIsRejected() {
        String drl = HEADER + rule("Cites nothing", """
                    @id("plans.cites-nothing")
                    @title("A rule that cites nothing")
                    @severity("low")
                    @since("0.1.0")""", "findings.about(\"x\");");

        RuleBookException e = assertThrows(RuleBookException.class,
                () -> RuleBookCompiler.compile(List.of(local("plans/cites-nothing.drl", drl))));

        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).message().startsWith("missing @recommendation metadata"), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("@statutory"), e.getMessage());
    }

    @Test
    void aRuleNoRecommendationAsksForCitesItsStatutorySourceInstead() throws Exception {
        String drl = HEADER + rule("Statutory only", """
                    @id("plans.statutory-only")
                    @title("A statutory duty")
                    @statutory("lookedAfter.review.first, plans.childViews")
                    @severity("low")
                    @since("0.1.0")""", "findings.about(\"x\");");

        RuleInfo rule = RuleBookCompiler.compile(List.of(local("plans/statutory-only.drl", drl))).rules().get(0);

        assertEquals(List.of(), rule.recommendationIds());
        assertEquals(List.of("lookedAfter.review.first", "plans.childViews"), rule.statutory());
    }

    @Test
    void anUnknownSeverityIsReported() {
        String drl = HEADER + rule("Odd severity", COMPLETE_METADATA.replace("\"medium\"", "\"urgent\""), "findings.about(\"x\");");

        RuleBookException e = assertThrows(RuleBookException.class,
                () -> RuleBookCompiler.compile(List.of(local("plans/odd.drl", drl))));

        assertTrue(e.getMessage().contains("@severity must be one of [HIGH, MEDIUM, LOW], not 'urgent'"), e.getMessage());
    }

    @Test
    void twoRulesInOneFileAreRejected() {
        String two = HEADER
                + rule("First", COMPLETE_METADATA, "findings.about(\"x\");")
                + rule("Second", COMPLETE_METADATA.replace("test.complete", "test.second"), "findings.about(\"y\");");

        RuleBookException e = assertThrows(RuleBookException.class,
                () -> RuleBookCompiler.compile(List.of(local("plans/two.drl", two))));

        RuleProblem problem = e.problems().get(0);
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals("local-rules/plans/two.drl", problem.file());
        assertEquals("a rule file holds exactly one rule; this one declares 2", problem.message());
        assertEquals(two.lines().filter(l -> l.startsWith("rule ")).skip(1).findFirst()
                .map(l -> two.lines().toList().indexOf(l) + 1).orElseThrow(), problem.line(),
                "the problem points at the second rule's declaration");
    }

    @Test
    void aRuleNameInACommentDoesNotCount() throws Exception {
        String drl = HEADER + "// rule \"Old name\" was split in two\n" + rule("Commented", COMPLETE_METADATA, "findings.about(\"x\");");

        RuleBook book = RuleBookCompiler.compile(List.of(local("plans/commented.drl", drl)));

        assertEquals(1, book.rules().size());
    }

    @Test
    void twoFilesWithOneIdAreRejected() {
        String drl = HEADER + rule("One", COMPLETE_METADATA, "findings.about(\"x\");");
        String same = HEADER + rule("Two", COMPLETE_METADATA, "findings.about(\"x\");");

        RuleBookException e = assertThrows(RuleBookException.class,
                () -> RuleBookCompiler.compile(List.of(local("a/one.drl", drl), local("b/two.drl", same))));

        assertTrue(e.getMessage().contains("rule id 'test.complete' is also used in"), e.getMessage());
    }

    @Test
    void aConsequenceThatThrowsIsAnErrorForThatRuleWhileTheOthersStillEvaluate() throws Exception {
        String failing = HEADER + rule("Fails on every case", COMPLETE_METADATA.replace("test.complete", "test.fails"),
                "findings.about(\"the case\").require(\"never reached\", $case.getLegalStatuses().get(99) != null);");
        List<RuleSource> sources = new ArrayList<>(RuleSources.fromDirectory(Path.of("rules")));
        sources.add(local("test/fails.drl", failing));
        RuleBook book = RuleBookCompiler.compile(sources);
        CaseSummaryReader reader = new CaseSummaryReader();

        try (CaseEvaluator evaluator = new CaseEvaluator(book, PolicyLoader.defaults())) {
            for (String sample : List.of("02-child-protection-plan-compliant.json", "04-looked-after-drift-missing-from-care.json")) {
                ParsedCase parsed = assertInstanceOf(ReadResult.Ok.class,
                        reader.readFile(Path.of("samples", sample)).get(0)).parsed();

                CaseResult result = evaluator.evaluate(parsed.summary(), LocalDate.of(2026, 11, 23), parsed.source(), List.of());

                RuleResult failed = result.rules().stream().filter(r -> r.rule().id().equals("test.fails")).findFirst().orElseThrow();
                assertEquals(Outcome.ERROR, failed.outcome(), sample);
                assertTrue(failed.findings().stream().anyMatch(f -> f.outcome() == Outcome.ERROR
                        && f.message().contains("IndexOutOfBoundsException")), failed.findings().toString());
                RuleResult plans = result.rules().stream().filter(r -> r.rule().id().equals("plans.specific")).findFirst().orElseThrow();
                assertEquals(Outcome.MET, plans.outcome(), sample);
                assertEquals(Outcome.ERROR, result.outcome());
            }
        }
    }
}
