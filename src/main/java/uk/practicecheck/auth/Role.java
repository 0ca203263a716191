package uk.practicecheck.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a signed-in person may do on the served page and API. The web server decides which role
 * may use which address in one table (see {@code web/RouteAccess}); a person may hold several.
 */
public enum Role {
    /** Quality assurance: everything, every team. */
    QA("qa", "quality assurance"),
    /** A team manager: checks uploads of their own teams' cases and reads their teams' trends. */
    TEAM_MANAGER("team-manager", "team manager"),
    /** A rule author: the rules pages. */
    RULE_AUTHOR("rule-author", "rule author"),
    /** An administrator: who may sign in. */
    ADMIN("admin", "administrator");

    private final String word;
    private final String title;

    Role(String word, String title) {
        this.word = word;
        this.title = title;
    }

    /** The word used on the command line and in the users file, e.g. {@code team-manager}. */
    public String word() {
        return word;
    }

    /** The role in words for a person. */
    public String title() {
        return title;
    }

    /** The role a word names (as {@link #word()}, case and spaces forgiven), if any. */
    public static Optional<Role> of(String word) {
        String wanted = word == null ? "" : word.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        return Arrays.stream(values()).filter(r -> r.word.equals(wanted)).findFirst();
    }

    /** The words accepted, for messages: "qa, team-manager, rule-author or admin". */
    public static String words() {
        Role[] all = values();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < all.length; i++) {
            words.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].word);
        }
        return words.toString();
    }
}
