package uk.practicecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.practicecheck.authoring.RuleScaffold;

/** {@code rules new --id ID --area AREA}: a new rule file and two fixtures to fill in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create a rule file with its metadata, and a met and a not-met fixture, to fill in.",
            "Everything left to write is marked TODO: 'rules lint' lists it and the fixtures fail until it is done."})
final class RulesNewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The rule id: area.kebab-name, such as missing.return-interview-offered.")
    String id;

    @Option(names = "--area", required = true, paramLabel = "AREA", description = "The area: the folder under the rules folder, and the id's first part.")
    String area;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules folder to create the rule in. Default: ${DEFAULT-VALUE}.")
    Path rulesFolder;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> created;
        try {
            created = RuleScaffold.create(rulesFolder, id, area, LocalDate.now());
        } catch (IllegalArgumentException e) {
            err.println("practice-check: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (FileAlreadyExistsException e) {
            err.println("practice-check: " + e.getFile() + " already exists; not overwriting it");
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created:");
        created.forEach(path -> out.println("  " + path));
        out.println("Fill in the TODOs (see docs/writing-rules.md), then run:");
        out.println("  practice-check rules test " + created.get(0));
        out.println("  practice-check rules lint " + created.get(0));
        out.flush();
        return ExitCodes.ALL_MET;
    }
}
