package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @Test
    void onlyLoopbackAddressesCountAsThisComputer() {
        assertTrue(ServeCommand.isLoopback("127.0.0.1"));
        assertTrue(ServeCommand.isLoopback("::1"));
        assertTrue(ServeCommand.isLoopback("localhost"));
        assertFalse(ServeCommand.isLoopback("0.0.0.0"));
        assertFalse(ServeCommand.isLoopback("no-such-host.invalid"));
    }

    @Test
    void anUploadLimitOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("serve", "--max-upload-mb", "0");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--max-upload-mb"), run.toString());
    }

    @Test
    void anAddressOtherComputersCanReachIsRefusedWithoutSignIn() {
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("add --users FILE"), run.toString());
        assertEquals(1, run.err().strip().lines().count(), "one sentence: " + run);
        assertFalse(run.out().contains("serving"), run.toString());
        assertFalse(CliRun.of("serve", "--help").out().contains("--allow-unauthenticated-network"),
                "there is no way to serve the network without sign-in");
    }

    @Test
    void aUsersFileThatDoesNotExistIsAConfigurationErrorBeforeAnythingIsServed(@TempDir Path folder) {
        CliRun run = CliRun.of("serve", "--port", "0", "--users", folder.resolve("nobody.json").toString());
        assertEquals(ExitCodes.CONFIGURATION_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().contains("does not exist; create it with 'practice-check users add"), run.toString());
    }

    @Test
    void helpDescribesTheHostAndSignIn() {
        CliRun run = CliRun.of("serve", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--host"));
        assertTrue(run.out().contains("127.0.0.1"));
        assertTrue(run.out().contains("--users"));
        assertTrue(run.out().contains("--access-log"));
    }
}
