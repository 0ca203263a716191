package uk.practicecheck.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import uk.practicecheck.engine.RuleIds;

/**
 * A new rule's starting point: a DRL file with its metadata and two fixtures, a met and a
 * not-met one. Everything still to be written is marked TODO, which {@code rules lint} flags;
 * the rule compiles and runs, and its fixtures fail until they are filled in.
 */
public final class RuleScaffold {
    private RuleScaffold() {
    }

    /**
     * Writes {@code <rulesRoot>/<area>/<name>.drl} and its fixtures, refusing to overwrite anything.
     *
     * @return the files written, the rule first
     */
    public static List<Path> create(Path rulesRoot, String id, String area, LocalDate asOf) throws IOException {
        if (!RuleIds.isWellFormed(id)) {
            throw new IllegalArgumentException("a rule id is lowercase 'area.kebab-name', such as 'missing.return-interview-offered', not '" + id + "'");
        }
        if (!RuleIds.area(id).equals(area)) {
            throw new IllegalArgumentException("the id '" + id + "' must start with its area, '" + area + ".'");
        }
        Path ruleFile = rulesRoot.resolve(area).resolve(RuleIds.name(id) + ".drl");
        Path fixtures = rulesRoot.resolve(area).resolve(RuleIds.name(id));
        Path met = fixtures.resolve("met-todo.json");
        Path notMet = fixtures.resolve("not-met-todo.json");
        for (Path path : List.of(ruleFile, fixtures)) {
            if (Files.exists(path)) {
                throw new FileAlreadyExistsException(path.toString(), null, "already exists; not overwriting it");
            }
        }
        Files.createDirectories(fixtures);
        write(ruleFile, drl(id));
        write(met, fixture("met", "MET", id, asOf));
        write(notMet, fixture("not met", "NOT_MET", id, asOf));
        return List.of(ruleFile, met, notMet);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

    private static String drl(String id) {
        return """
                package practicecheck.rules;

                import uk.practicecheck.model.CaseSummary;

                global uk.practicecheck.engine.FindingRecorder findings;
                global uk.practicecheck.policy.Policy policy;

                // TODO: say in a sentence or two what practice this rule checks, and where the standard comes from.
                rule "%1$s"
                    @id("%1$s")
                    @title("TODO: one line a manager understands")
                    @recommendation("TODO: ids of the recommendations in seeds/recommendations.json that ask for this, e.g. STK-2016-R2; where none does, @statutory(policy keys) instead")
                    @severity("medium")
                    @since("TODO: the practice-check version that introduces the rule, e.g. 0.2.0")
                    @appliesTo("TODO: which cases, e.g. children who have returned from a missing episode")
                when
                    $case : CaseSummary()
                then
                    // TODO: match what the rule is about under 'when', then record one finding about each, e.g.
                    //   findings.about(...).expect("...").due(policy.due("key", date, "what")).done(date, "field");
                    findings.about("TODO: what is being checked")
                        .require("TODO: the condition the rule checks", null);
                end
                """.formatted(id);
    }

    private static String fixture(String words, String outcome, String id, LocalDate asOf) {
        return """
                {
                  "description": "TODO: a case where %1$s is %2$s, in a sentence",
                  "asOf": "%3$s",
                  "expect": {
                    "outcome": "%4$s",
                    "messageContains": [
                      "TODO: words the finding's message must contain"
                    ]
                  },
                  "case": {
                    "schemaVersion": "1",
                    "caseId": "TODO-%5$s",
                    "team": "Fixture Team",
                    "worker": "Fixture Worker"
                  }
                }
                """.formatted(id, words, asOf, outcome, outcome.replace('_', '-'));
    }
}
