package uk.practicecheck.auth;

import java.util.List;
import java.util.Set;

/**
 * A person in the local users file.
 *
 * @param name     the name they sign in with
 * @param roles    what they may do
 * @param teams    their teams (what a team manager may see)
 * @param password their password's bcrypt hash
 * @param tokens   their personal API tokens, hashed
 */
public record User(String name, Set<Role> roles, List<String> teams, String password, List<ApiToken> tokens) {
    public User {
        roles = Set.copyOf(roles);
        teams = List.copyOf(teams);
        tokens = List.copyOf(tokens);
    }

    public Principal signedIn(String via) {
        return new Principal(name, roles, teams, via);
    }
}
