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

    @Test
    void theIdentityProviderNeedsItsClientIdAndPublicAddressAndASecretFromOutsideTheCommandLine(@TempDir Path folder)
            throws Exception {
        CliRun noClient = CliRun.of("serve", "--port", "0", "--oidc-issuer", "https://login.example.gov.uk");
        assertEquals(ExitCodes.USAGE, noClient.exitCode(), noClient.toString());
        assertTrue(noClient.err().contains("--oidc-issuer needs --oidc-client-id and --public-url"), noClient.toString());

        CliRun noSecret = CliRun.of("serve", "--port", "0", "--oidc-issuer", "https://login.example.gov.uk",
                "--oidc-client-id", "app", "--public-url", "https://practice-check.example.gov.uk");
        assertEquals(ExitCodes.CONFIGURATION_ERROR, noSecret.exitCode(), noSecret.toString());
        assertTrue(noSecret.err().contains("--oidc-client-secret-file FILE or $"
                + ServeCommand.OIDC_SECRET_VARIABLE), noSecret.toString());

        Path secret = folder.resolve("secret");
        java.nio.file.Files.writeString(secret, "s3cret\n");
        CliRun unreachable = CliRun.of("serve", "--port", "0", "--oidc-issuer", "http://127.0.0.1:1/nobody-here",
                "--oidc-client-id", "app", "--public-url", "https://practice-check.example.gov.uk",
                "--oidc-client-secret-file", secret.toString());
        assertEquals(ExitCodes.CONFIGURATION_ERROR, unreachable.exitCode(), unreachable.toString());
        assertTrue(unreachable.err().contains("could not be reached or did not describe itself"), unreachable.toString());
        assertFalse(unreachable.out().contains("serving"), unreachable.toString());
    }

    @Test
    void forwardedHeadersAreTrustedOnlyWithSignInAndAKeystoreNeedsItsPassword(@TempDir Path folder) throws Exception {
        CliRun proxy = CliRun.of("serve", "--port", "0", "--trust-forwarded-headers");
        assertEquals(ExitCodes.USAGE, proxy.exitCode(), proxy.toString());
        assertTrue(proxy.err().contains("needs sign-in"), proxy.toString());

        CliRun missing = CliRun.of("serve", "--port", "0", "--tls-keystore", folder.resolve("none.p12").toString());
        assertEquals(ExitCodes.CONFIGURATION_ERROR, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("cannot be read"), missing.toString());

        Path keystore = folder.resolve("server.p12");
        java.nio.file.Files.write(keystore, new byte[] {1, 2, 3});
        CliRun noPassword = CliRun.of("serve", "--port", "0", "--tls-keystore", keystore.toString());
        assertEquals(ExitCodes.CONFIGURATION_ERROR, noPassword.exitCode(), noPassword.toString());
        assertTrue(noPassword.err().contains("--tls-keystore-password-file FILE or $"
                + ServeCommand.TLS_PASSWORD_VARIABLE), noPassword.toString());
    }
}
