package uk.practicecheck.auth;

import java.util.List;
import java.util.Set;

/**
 * Someone signed in: their name, roles and teams, and how they proved who they are.
 *
 * @param name  the user name (local users) or the identity provider's name for them
 * @param roles what they may do
 * @param teams the teams whose cases and trends a team manager may see
 * @param via   how they signed in, for the access log: password, token or openid-connect
 */
public record Principal(String name, Set<Role> roles, List<String> teams, String via) {
    public Principal {
        roles = Set.copyOf(roles);
        teams = List.copyOf(teams);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when this person may see a team's cases and results: QA see every team, others their own. */
    public boolean sees(String team) {
        return has(Role.QA) || (team != null && teams.contains(team));
    }
}
