package uk.practicecheck.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.practicecheck.auth.ApiToken;
import uk.practicecheck.auth.Passwords;
import uk.practicecheck.auth.Role;
import uk.practicecheck.auth.User;
import uk.practicecheck.auth.UsersFile;
import uk.practicecheck.auth.SignInSetupException;

/** {@code users}: who may sign in to {@code serve --users FILE}, with which roles and teams. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manage the local users file that serve --users reads: who may sign in, their roles and teams, "
                + "and their personal API tokens. Changes apply to a running server at once.",
            "Roles: qa (everything), team-manager (checks their own teams' cases, their teams' trends), "
                + "rule-author (the rules pages), admin (the users page)."},
        subcommands = {UsersCommand.Add.class, UsersCommand.Remove.class, UsersCommand.ListUsers.class,
            UsersCommand.Token.class, UsersCommand.RevokeToken.class})
final class UsersCommand implements Callable<Integer> {
    /** Where the users file is read from; the environment variable is the default. */
    static final String FILE_VARIABLE = "PRACTICE_CHECK_USERS";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** {@code --users FILE}, shared by the subcommands. */
    static final class FileOption {
        @Option(names = "--users", paramLabel = "FILE", defaultValue = "${env:" + FILE_VARIABLE + "}",
                description = "The users file (JSON). Default: $" + FILE_VARIABLE + ".")
        Path file;

        Path require() throws SignInSetupException {
            if (file == null) {
                throw new SignInSetupException("say which users file with --users FILE (or set $" + FILE_VARIABLE + ")");
            }
            return file;
        }
    }

    /** Runs a change to the users file; a problem is one sentence and exit 4 (2 for a usage mistake). */
    abstract static class Change implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        FileOption users;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                return run(users.require(), spec.commandLine().getOut());
            } catch (SignInSetupException e) {
                err.println("practice-check: " + e.getMessage() + ".");
                return ExitCodes.CONFIGURATION_ERROR;
            } catch (IllegalArgumentException e) {
                err.println("practice-check: " + e.getMessage() + ".");
                return ExitCodes.USAGE;
            }
        }

        abstract int run(Path file, PrintWriter out) throws SignInSetupException;

        static User existing(List<User> all, String name, Path file) throws SignInSetupException {
            return UsersFile.find(all, name).orElseThrow(() -> new SignInSetupException("there is no user " + name
                    + " in " + file));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add someone who may sign in. The password is asked for twice at the terminal, or read from "
                    + "the first line of standard input with --password-stdin; it is never an argument and is stored "
                    + "only as a bcrypt hash."})
    static final class Add extends Change {
        @Parameters(paramLabel = "NAME", description = "The user name they sign in with.")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", required = true,
                description = "qa, team-manager, rule-author or admin; repeat for several.")
        List<String> roles;

        @Option(names = "--team", paramLabel = "TEAM",
                description = "A team whose cases and trends they see (as the case records name it); repeat for several.")
        List<String> teams = new ArrayList<>();

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordFromStandardInput;

        @Override
        int run(Path file, PrintWriter out) throws SignInSetupException {
            String nameProblem = UsersFile.problemWithName(name);
            if (nameProblem != null) {
                throw new IllegalArgumentException(nameProblem);
            }
            Set<Role> parsed = EnumSet.noneOf(Role.class);
            for (String word : roles) {
                parsed.add(Role.of(word).orElseThrow(() -> new IllegalArgumentException("'" + word
                        + "' is not a role: use " + Role.words())));
            }
            if (parsed.contains(Role.TEAM_MANAGER) && teams.isEmpty() && !parsed.contains(Role.QA)) {
                throw new IllegalArgumentException("a team manager needs at least one --team");
            }
            List<User> all = new ArrayList<>(UsersFile.read(file, true));
            if (UsersFile.find(all, name).isPresent()) {
                throw new IllegalArgumentException("there is already a user " + name + " in " + file
                        + "; remove them first to change their roles or password");
            }
            char[] password = password(passwordFromStandardInput);
            try {
                all.add(new User(name, parsed, teams, new Passwords().hash(password), List.of()));
            } finally {
                Arrays.fill(password, '\0');
            }
            UsersFile.write(file, all);
            out.println("Added " + name + " (" + words(parsed) + (teams.isEmpty() ? "" : "; teams: "
                    + String.join(", ", teams)) + ") to " + file + ".");
            return ExitCodes.ALL_MET;
        }

        private static char[] password(boolean fromStandardInput) {
            if (fromStandardInput) {
                try {
                    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    if (line == null) {
                        throw new IllegalArgumentException("standard input held no password");
                    }
                    return checked(line.toCharArray());
                } catch (IOException e) {
                    throw new IllegalArgumentException("the password could not be read from standard input");
                }
            }
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("there is no terminal to ask for the password at; give it on "
                        + "standard input with --password-stdin");
            }
            char[] first = checked(console.readPassword("Password for the new user: "));
            char[] second = console.readPassword("The same password again: ");
            if (second == null || !Arrays.equals(first, second)) {
                throw new IllegalArgumentException("the two passwords differ; nothing was changed");
            }
            Arrays.fill(second, '\0');
            return first;
        }

        private static char[] checked(char[] password) {
            if (password == null) {
                throw new IllegalArgumentException("no password was given");
            }
            String problem = Passwords.problemWith(password);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            return password;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove someone: their sessions and API tokens stop working at once.")
    static final class Remove extends Change {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        int run(Path file, PrintWriter out) throws SignInSetupException {
            List<User> all = new ArrayList<>(UsersFile.read(file, false));
            all.remove(existing(all, name, file));
            UsersFile.write(file, all);
            out.println("Removed " + name + " from " + file + ".");
            return ExitCodes.ALL_MET;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the users: name, roles, teams and API tokens (by id and date; the tokens themselves "
                    + "are not stored).")
    static final class ListUsers extends Change {
        @Override
        int run(Path file, PrintWriter out) throws SignInSetupException {
            List<User> all = UsersFile.read(file, false);
            if (all.isEmpty()) {
                out.println("No users in " + file + ".");
            }
            for (User user : all) {
                out.println(user.name() + ": " + words(user.roles())
                        + (user.teams().isEmpty() ? "" : "; teams: " + String.join(", ", user.teams()))
                        + (user.tokens().isEmpty() ? "" : "; API tokens: " + user.tokens().stream()
                                .map(t -> t.id() + " (issued " + t.created() + ")").collect(Collectors.joining(", "))));
            }
            return ExitCodes.ALL_MET;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = {"Issue a personal API token for scripts, sent as 'Authorization: Bearer TOKEN' to the JSON "
                    + "API. It is printed once and stored only as a hash; revoke it with users revoke-token."})
    static final class Token extends Change {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        int run(Path file, PrintWriter out) throws SignInSetupException {
            List<User> all = new ArrayList<>(UsersFile.read(file, false));
            User user = existing(all, name, file);
            ApiToken.Issued issued = ApiToken.issue(LocalDate.now());
            List<ApiToken> tokens = new ArrayList<>(user.tokens());
            tokens.add(issued.stored());
            all.set(all.indexOf(user), new User(user.name(), user.roles(), user.teams(), user.password(), tokens));
            UsersFile.write(file, all);
            out.println(issued.token());
            spec.commandLine().getErr().println("practice-check: API token " + issued.stored().id() + " issued to "
                    + name + "; it is shown only this once.");
            return ExitCodes.ALL_MET;
        }
    }

    @Command(name = "revoke-token", mixinStandardHelpOptions = true,
            description = "Revoke one of someone's API tokens, by the id users list shows; it stops working at once.")
    static final class RevokeToken extends Change {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "TOKEN-ID")
        String id;

        @Override
        int run(Path file, PrintWriter out) throws SignInSetupException {
            List<User> all = new ArrayList<>(UsersFile.read(file, false));
            User user = existing(all, name, file);
            Optional<ApiToken> token = user.tokens().stream().filter(t -> t.id().equals(id)).findFirst();
            if (token.isEmpty()) {
                throw new SignInSetupException(name + " has no API token " + id);
            }
            List<ApiToken> tokens = new ArrayList<>(user.tokens());
            tokens.remove(token.get());
            all.set(all.indexOf(user), new User(user.name(), user.roles(), user.teams(), user.password(), tokens));
            UsersFile.write(file, all);
            out.println("Revoked API token " + id + " of " + name + ".");
            return ExitCodes.ALL_MET;
        }
    }

    private static String words(Set<Role> roles) {
        return roles.stream().sorted().map(Role::word).collect(Collectors.joining(", "));
    }
}
