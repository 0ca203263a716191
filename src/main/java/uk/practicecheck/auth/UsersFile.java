package uk.practicecheck.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The local users file ({@code practice-check users}, {@code serve --users FILE}): JSON holding each
 * user's name, roles, teams, bcrypt password hash and hashed API tokens. It is written whole to a
 * new file readable by its owner only, then moved into place, so a reader never sees half of it.
 */
public final class UsersFile {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private UsersFile() {
    }

    /** The file's shape. {@code formatVersion} is 1. */
    record Contents(int formatVersion, List<Entry> users) {
    }

    /** One user as written: roles by their words ({@link Role#word()}). */
    record Entry(String name, List<String> roles, List<String> teams, String password, List<ApiToken> tokens) {
    }

    /** Why a user name cannot be used, or null if it can. */
    public static String problemWithName(String name) {
        return name != null && NAME.matcher(name).matches() ? null
                : "a user name is 1 to 64 letters, digits, dots, hyphens, underscores or @, starting with a letter or digit";
    }

    /** The users in {@code file}; none when it does not exist yet and {@code mayBeMissing}. */
    public static List<User> read(Path file, boolean mayBeMissing) throws SignInSetupException {
        Contents contents;
        try {
            contents = JSON.readValue(Files.readAllBytes(file), Contents.class);
        } catch (NoSuchFileException e) {
            if (mayBeMissing) {
                return List.of();
            }
            throw new SignInSetupException("the users file " + file + " does not exist; create it with "
                    + "'practice-check users add NAME --role ROLE --users " + file + "'");
        } catch (JsonProcessingException e) {
            throw new SignInSetupException("the users file " + file + " is not a users file practice-check wrote: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SignInSetupException("the users file " + file + " could not be read: " + e.getMessage());
        }
        if (contents == null || contents.formatVersion() != 1 || contents.users() == null) {
            throw new SignInSetupException("the users file " + file + " is not a users file practice-check wrote "
                    + "(format version 1 with a list of users)");
        }
        List<User> users = new ArrayList<>();
        for (Entry entry : contents.users()) {
            users.add(user(file, entry));
        }
        return List.copyOf(users);
    }

    private static User user(Path file, Entry entry) throws SignInSetupException {
        if (problemWithName(entry.name()) != null || entry.password() == null || entry.roles() == null
                || entry.roles().isEmpty()) {
            throw new SignInSetupException("the users file " + file + " has a user without a valid name, password "
                    + "hash or role" + (entry.name() == null ? "" : " (" + entry.name() + ")"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String word : entry.roles()) {
            roles.add(Role.of(word).orElseThrow(() -> new SignInSetupException("the users file " + file + " gives "
                    + entry.name() + " the role '" + word + "', which is not one of " + Role.words())));
        }
        return new User(entry.name(), roles, entry.teams() == null ? List.of() : entry.teams(), entry.password(),
                entry.tokens() == null ? List.of() : entry.tokens());
    }

    /** Writes {@code users} to {@code file} atomically, readable and writable by its owner only. */
    public static void write(Path file, List<User> users) throws SignInSetupException {
        List<Entry> entries = users.stream().map(u -> new Entry(u.name(),
                u.roles().stream().sorted().map(Role::word).toList(), u.teams(), u.password(), u.tokens())).toList();
        Path absolute = file.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".new");
        try {
            Files.deleteIfExists(temporary);
            try {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temporary);
            }
            Files.write(temporary, JSON.writeValueAsBytes(new Contents(1, entries)));
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw new SignInSetupException("the users file " + file + " is being changed by another command; try again");
        } catch (IOException e) {
            throw new SignInSetupException("the users file " + file + " could not be written: " + e.getMessage());
        }
    }

    public static Optional<User> find(List<User> users, String name) {
        return users.stream().filter(u -> u.name().equals(name)).findFirst();
    }
}
