package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PracticeCheckTest {

    @Test
    void aCommandLineStartingWithASubcommandMakesOnlyThatOne() {
        assertEquals(List.of("check"), List.copyOf(PracticeCheck.commandLine("check", "case.json").getSubcommands().keySet()));
        assertEquals(List.of("audit"), List.copyOf(PracticeCheck.commandLine("audit", "--help").getSubcommands().keySet()));
    }

    @Test
    void anythingElseMakesEverySubcommandInTheOrderHelpListsThem() {
        List<String> all = List.copyOf(PracticeCheck.SUBCOMMANDS.keySet());
        assertEquals(all, List.copyOf(PracticeCheck.commandLine().getSubcommands().keySet()));
        assertEquals(all, List.copyOf(PracticeCheck.commandLine("--help").getSubcommands().keySet()));
        assertEquals(all, List.copyOf(PracticeCheck.commandLine("help", "check").getSubcommands().keySet()), "help describes the others");
        assertEquals(all, List.copyOf(PracticeCheck.commandLine("chekc").getSubcommands().keySet()), "a mistyped name gets suggestions");
    }

    @Test
    void eachSubcommandIsListedUnderItsOwnName() {
        for (Map.Entry<String, Class<?>> entry : PracticeCheck.SUBCOMMANDS.entrySet()) {
            assertEquals(entry.getKey(), new CommandLine(entry.getValue()).getCommandName());
        }
    }

    @Test
    void helpListsEverySubcommandAndASubcommandRunsAsBefore() {
        CliRun help = CliRun.of("--help");
        PracticeCheck.SUBCOMMANDS.keySet().forEach(name -> assertTrue(help.out().contains("\n  " + name + " "), name + "\n" + help));
        CliRun helpOfCheck = CliRun.of("help", "check");
        assertTrue(helpOfCheck.out().startsWith("Usage: practice-check check "), helpOfCheck.toString());
        CliRun check = CliRun.of("check", "--help");
        assertEquals(helpOfCheck.out(), check.out());
        CliRun mistyped = CliRun.of("chekc");
        assertEquals(2, mistyped.exitCode(), mistyped.toString());
        assertTrue(mistyped.err().contains("check"), mistyped.toString());
    }
}
