package uk.practicecheck.web;

import static uk.practicecheck.auth.Role.ADMIN;
import static uk.practicecheck.auth.Role.QA;
import static uk.practicecheck.auth.Role.RULE_AUTHOR;
import static uk.practicecheck.auth.Role.TEAM_MANAGER;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.practicecheck.auth.Principal;
import uk.practicecheck.auth.Role;

/**
 * Who may use each address when sign-in is on: the one table {@link SignIn} consults before every
 * request. An address not listed is refused to everyone (as "no page"), so a route added to the
 * server without a line here cannot be reached by accident. {@code HEAD} follows {@code GET}.
 */
final class RouteAccess {
    /**
     * One address.
     *
     * @param open  reachable without signing in (the sign-in pages, the page's style and scripts, health)
     * @param roles who may use it once signed in (every role for "anyone signed in")
     */
    record Route(String method, String path, boolean open, Set<Role> roles) {
        boolean admits(Principal principal) {
            return open || principal.roles().stream().anyMatch(roles::contains);
        }

        boolean changesState() {
            return !"GET".equals(method);
        }
    }

    static final List<Route> ROUTES = List.of(
            open("GET", "/sign-in"),
            open("POST", "/sign-in"),
            open("GET", "/sign-in/oidc"),
            open("GET", "/sign-in/callback"),
            open("GET", "/app.css"),
            open("GET", "/session.js"),
            open("GET", "/app.js"),
            open("GET", "/api/health"),
            signedIn("POST", "/sign-out"),
            signedIn("GET", "/api/me"),
            only("GET", "/", QA, TEAM_MANAGER),
            only("GET", "/index.html", QA, TEAM_MANAGER),
            only("POST", "/api/check", QA, TEAM_MANAGER),
            only("POST", "/api/audit", QA),
            only("GET", "/trends", QA, TEAM_MANAGER),
            only("GET", "/rules", QA, RULE_AUTHOR),
            only("GET", "/api/rules", QA, RULE_AUTHOR),
            only("GET", "/users", QA, ADMIN));

    private RouteAccess() {
    }

    static Optional<Route> find(String method, String path) {
        String asked = "HEAD".equals(method) ? "GET" : method;
        return ROUTES.stream().filter(r -> r.method.equals(asked) && r.path.equals(path)).findFirst();
    }

    /** Where someone lands after signing in: the first page their roles open. */
    static String home(Principal principal) {
        for (String path : List.of("/", "/rules", "/users")) {
            if (find("GET", path).orElseThrow().admits(principal)) {
                return path;
            }
        }
        return "/sign-in";
    }

    private static Route open(String method, String path) {
        return new Route(method, path, true, Set.of());
    }

    private static Route signedIn(String method, String path) {
        return new Route(method, path, false, EnumSet.allOf(Role.class));
    }

    private static Route only(String method, String path, Role first, Role... rest) {
        return new Route(method, path, false, EnumSet.of(first, rest));
    }
}
