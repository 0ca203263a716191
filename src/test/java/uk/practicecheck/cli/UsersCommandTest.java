package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.auth.LocalUsers;
import uk.practicecheck.auth.Passwords;
import uk.practicecheck.auth.Role;
import uk.practicecheck.auth.User;
import uk.practicecheck.auth.UsersFile;

/** {@code users add/list/token/revoke-token/remove} on a users file, the password from standard input. */
class UsersCommandTest {
    static final String PASSWORD = "a long enough password";

    @TempDir
    Path folder;

    /** Runs the command with {@code input} as standard input. */
    static CliRun withInput(String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void addStoresABcryptHashNeverThePasswordAndTheFileIsTheOwnersOnly() throws Exception {
        Path file = folder.resolve("users.json");
        CliRun add = withInput(PASSWORD + "\n", "users", "add", "jo.bloggs", "--role", "team-manager",
                "--team", "Assessment Team A", "--team", "Children in Care Team 1", "--password-stdin",
                "--users", file.toString());
        assertEquals(0, add.exitCode(), add.toString());
        assertTrue(add.out().contains("Added jo.bloggs (team-manager; teams: Assessment Team A, Children in Care Team 1)"),
                add.toString());
        String stored = Files.readString(file);
        assertFalse(stored.contains(PASSWORD), "the password itself is never written");
        assertTrue(stored.contains("\"$2y$12$"), "a bcrypt hash of cost 12: " + stored);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        User user = UsersFile.find(UsersFile.read(file, false), "jo.bloggs").orElseThrow();
        assertEquals(Set.of(Role.TEAM_MANAGER), user.roles());
        assertEquals(List.of("Assessment Team A", "Children in Care Team 1"), user.teams());
        LocalUsers users = new LocalUsers(file, new Passwords(4));
        assertTrue(users.signIn("jo.bloggs", PASSWORD.toCharArray()).isPresent());
        assertFalse(users.signIn("jo.bloggs", "a long enough passworD".toCharArray()).isPresent());
    }

    @Test
    void tokensArePrintedOnceStoredHashedListedByIdAndRevocable() throws Exception {
        Path file = folder.resolve("users.json");
        withInput(PASSWORD + "\n", "users", "add", "script", "--role", "qa", "--password-stdin", "--users", file.toString());
        CliRun token = CliRun.of("users", "token", "script", "--users", file.toString());
        assertEquals(0, token.exitCode(), token.toString());
        String issued = token.out().strip();
        assertTrue(issued.matches("pc_[0-9a-f]{8}_[A-Za-z0-9_-]{43}"), issued);
        assertFalse(Files.readString(file).contains(issued), "only its hash is stored");
        LocalUsers users = new LocalUsers(file, new Passwords(4));
        assertEquals("script", users.byToken(issued).orElseThrow().name());

        String id = issued.substring(3, 11);
        CliRun list = CliRun.of("users", "list", "--users", file.toString());
        assertTrue(list.out().contains("script: qa; API tokens: " + id + " (issued "), list.toString());
        CliRun revoke = CliRun.of("users", "revoke-token", "script", id, "--users", file.toString());
        assertEquals(0, revoke.exitCode(), revoke.toString());
        assertTrue(users.byToken(issued).isEmpty(), "a running server's view follows the file");
        assertEquals(ExitCodes.CONFIGURATION_ERROR, CliRun.of("users", "revoke-token", "script", id, "--users",
                file.toString()).exitCode());

        CliRun remove = CliRun.of("users", "remove", "script", "--users", file.toString());
        assertEquals(0, remove.exitCode(), remove.toString());
        assertTrue(users.user("script").isEmpty());
        assertTrue(CliRun.of("users", "list", "--users", file.toString()).out().contains("No users in"));
    }

    @Test
    void shortPasswordsUnknownRolesTeamlessManagersAndDuplicatesAreRefusedInOneSentence() {
        String file = folder.resolve("users.json").toString();
        CliRun shortPassword = withInput("short\n", "users", "add", "a", "--role", "qa", "--password-stdin", "--users", file);
        assertEquals(ExitCodes.USAGE, shortPassword.exitCode());
        assertTrue(shortPassword.err().contains("at least 12 characters"), shortPassword.toString());
        CliRun role = withInput(PASSWORD + "\n", "users", "add", "a", "--role", "boss", "--password-stdin", "--users", file);
        assertTrue(role.err().contains("'boss' is not a role: use qa, team-manager, rule-author or admin"), role.toString());
        CliRun teamless = withInput(PASSWORD + "\n", "users", "add", "a", "--role", "team-manager", "--password-stdin",
                "--users", file);
        assertTrue(teamless.err().contains("a team manager needs at least one --team"), teamless.toString());
        assertEquals(0, withInput(PASSWORD + "\n", "users", "add", "a", "--role", "qa", "--password-stdin", "--users",
                file).exitCode());
        CliRun again = withInput(PASSWORD + "\n", "users", "add", "a", "--role", "qa", "--password-stdin", "--users", file);
        assertTrue(again.err().contains("there is already a user a"), again.toString());
        CliRun noTerminal = CliRun.of("users", "add", "b", "--role", "qa", "--users", file);
        assertTrue(noTerminal.err().contains("--password-stdin"), noTerminal.toString());
        for (CliRun run : List.of(shortPassword, role, teamless, again)) {
            assertEquals(1, run.err().strip().lines().count(), run.toString());
        }
    }

    @Test
    void aPasswordIsNeverAnArgument() {
        CliRun run = CliRun.of("users", "add", "a", "--role", "qa", "--password", PASSWORD, "--users",
                folder.resolve("users.json").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertFalse(Files.exists(folder.resolve("users.json")));
    }
}
