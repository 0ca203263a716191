package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
    void anAddressOtherComputersCanReachIsRefusedWithoutTheExplicitFlag() {
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--allow-unauthenticated-network"), run.toString());
        assertEquals(1, run.err().strip().lines().count(), run.toString());
        assertFalse(run.out().contains("serving"), run.toString());
    }

    @Test
    void helpDescribesTheHostWarning() {
        CliRun run = CliRun.of("serve", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--host"));
        assertTrue(run.out().contains("127.0.0.1"));
        assertTrue(run.out().contains("--allow-unauthenticated-network"));
    }
}
