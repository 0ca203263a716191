package uk.practicecheck.web;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.practicecheck.catalogue.Recommendation;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.auth.Role;
import uk.practicecheck.auth.User;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.policy.Policy;
import uk.practicecheck.policy.StatutorySource;

/** The server-rendered pages: the rules page and error pages. Every value shown is escaped. */
final class HtmlPages {
    private HtmlPages() {
    }

    static String rules(List<RuleInfo> rules, RecommendationCatalogue catalogue, Policy policy) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Rules</h1>\n<p>Each rule checks one thing on a child's record, and enforces the "
                + "recommendations Ofsted inspectors made that ask for it; where none does, it cites the statutory "
                + "source. Timescales follow the policy <strong>")
                .append(escapeHtml4(policy.name())).append("</strong>. There are ").append(rules.size())
                .append(rules.size() == 1 ? " rule." : " rules.").append("</p>\n");
        body.append("<nav aria-label=\"Rules on this page\"><ul class=\"toc\">\n");
        for (RuleInfo rule : rules) {
            body.append("<li><a href=\"#").append(anchor(rule.id())).append("\">").append(escapeHtml4(rule.title()))
                    .append("</a></li>\n");
        }
        body.append("</ul></nav>\n");
        for (RuleInfo rule : rules) {
            body.append("<section class=\"rule\" id=\"").append(anchor(rule.id())).append("\" aria-labelledby=\"")
                    .append(anchor(rule.id())).append("-title\">\n<h2 id=\"").append(anchor(rule.id()))
                    .append("-title\">").append(escapeHtml4(rule.title())).append("</h2>\n<dl class=\"facts\">")
                    .append("<dt>Rule</dt><dd><code>").append(escapeHtml4(rule.id())).append("</code></dd>")
                    .append("<dt>Severity</dt><dd>").append(escapeHtml4(rule.severity().name().toLowerCase(java.util.Locale.ROOT)))
                    .append("</dd><dt>Applies to</dt><dd>").append(escapeHtml4(rule.appliesTo())).append("</dd></dl>\n");
            if (rule.recommendationIds().isEmpty()) {
                body.append("<p>").append(escapeHtml4(RuleInfo.NO_RECOMMENDATION)).append("</p>\n");
            } else {
                body.append("<h3>").append(rule.recommendationIds().size() == 1 ? "Recommendation" : "Recommendations")
                        .append("</h3>\n");
            }
            for (String id : rule.recommendationIds()) {
                body.append(recommendation(id, catalogue));
            }
            if (!rule.statutory().isEmpty()) {
                body.append("<h3>Statutory source</h3>\n<ul class=\"statutory\">\n");
                for (StatutorySource source : policy.statutorySources(rule.statutory())) {
                    body.append("<li>").append(source.known()
                            ? escapeHtml4(source.source()) + " <small>(policy <code>" + escapeHtml4(source.key()) + "</code>: "
                                    + escapeHtml4(source.description()) + ")</small>"
                            : "<code>" + escapeHtml4(source.key()) + "</code>: not in the policy").append("</li>\n");
                }
                body.append("</ul>\n");
            }
            body.append("</section>\n");
        }
        return page("Rules", "rules", body.toString());
    }

    private static String recommendation(String id, RecommendationCatalogue catalogue) {
        return catalogue.find(id).map(HtmlPages::recommendation).orElse(
                "<p class=\"recommendation\"><code>" + escapeHtml4(id) + "</code>: not in the catalogue.</p>\n");
    }

    private static String recommendation(Recommendation r) {
        return "<figure class=\"recommendation\"><blockquote><p>" + escapeHtml4(r.text()) + "</p></blockquote>"
                + "<figcaption><code>" + escapeHtml4(r.id()) + "</code>, " + escapeHtml4(r.citation())
                + " (source text " + escapeHtml4(r.source()) + ", line " + r.line() + ")</figcaption></figure>\n";
    }

    static String error(int status, String message, List<String> details) {
        StringBuilder body = new StringBuilder("<h1>").append(status).append(": ")
                .append(escapeHtml4(statusWords(status))).append("</h1>\n<p role=\"alert\">")
                .append(escapeHtml4(message)).append("</p>\n");
        if (!details.isEmpty()) {
            body.append("<ul>");
            details.forEach(d -> body.append("<li>").append(escapeHtml4(d)).append("</li>"));
            body.append("</ul>\n");
        }
        body.append("<p><a href=\"/\">Back to checking cases</a></p>\n");
        return page(statusWords(status), "", body.toString());
    }

    /** Compliance and indicators over the recorded audits; {@code sections} is HTML made by the history. */
    static String trends(String sections) {
        return page("Trends", "trends", "<h1>Trends over recorded audits</h1>\n" + sections);
    }

    /** Shown by session.js when signed in (it fills in the CSRF token); the same form is in index.html. */
    static final String SIGN_OUT_FORM = "<form id=\"sign-out\" class=\"sign-out no-print\" method=\"post\" "
            + "action=\"/sign-out\" hidden><input type=\"hidden\" name=\"csrf\" value=\"\">"
            + "<button type=\"submit\" id=\"sign-out-button\">Sign out</button></form>";

    /**
     * The sign-in form. {@code token} is the form's CSRF token (also in a cookie); {@code next} the
     * page to go on to; {@code message} a note or problem to show first; {@code name} the name typed.
     */
    static String signIn(String token, String next, String message, boolean problem, String name, boolean passwords,
                         boolean identityProvider) {
        StringBuilder body = new StringBuilder("<h1>Sign in</h1>\n");
        if (message != null) {
            body.append("<p class=\"").append(problem ? "problem" : "status").append("\" role=\"")
                    .append(problem ? "alert" : "status").append("\" id=\"sign-in-message\">")
                    .append(escapeHtml4(message)).append("</p>\n");
        }
        if (identityProvider) {
            body.append("<p><a class=\"button primary\" id=\"sign-in-oidc\" href=\"/sign-in/oidc")
                    .append(next == null ? "" : "?next=" + escapeHtml4(URLEncoder.encode(next, StandardCharsets.UTF_8)))
                    .append("\">Sign in with your organisation's account</a></p>\n");
        }
        if (!passwords) {
            return page("Sign in", "", body.toString());
        }
        if (identityProvider) {
            body.append("<h2>Or sign in with a practice-check password</h2>\n");
        }
        body.append("<form method=\"post\" action=\"/sign-in\" class=\"sign-in\" id=\"sign-in-form\">\n")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escapeHtml4(token)).append("\">\n");
        if (next != null) {
            body.append("<input type=\"hidden\" name=\"next\" value=\"").append(escapeHtml4(next)).append("\">\n");
        }
        body.append("<div class=\"field\"><label for=\"name\" class=\"label\">User name</label>\n")
                .append("<input id=\"name\" name=\"name\" autocomplete=\"username\" required value=\"")
                .append(escapeHtml4(name)).append("\"></div>\n")
                .append("<div class=\"field\"><label for=\"password\" class=\"label\">Password</label>\n")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" "
                        + "required></div>\n")
                .append("<button type=\"submit\" class=\"primary\" id=\"sign-in-button\">Sign in</button>\n</form>\n");
        return page("Sign in", "", body.toString());
    }

    /** Who may sign in with a password, for administrators: names, roles, teams and how many API tokens. */
    static String users(List<User> users, boolean identityProvider) {
        StringBuilder body = new StringBuilder("<h1>Users</h1>\n" + (identityProvider ? "<p>People with an account "
                + "at the identity provider sign in with it; their roles and teams come from it.</p>\n" : "")
                + "<p>People who sign in with a password from the "
                + "users file. Change them with <code>practice-check users</code> on the server; changes apply at "
                + "once.</p>\n<table class=\"users\"><thead><tr><th scope=\"col\">User name</th><th scope=\"col\">"
                + "Roles</th><th scope=\"col\">Teams</th><th scope=\"col\">API tokens</th></tr></thead><tbody>\n");
        for (User user : users) {
            body.append("<tr><th scope=\"row\">").append(escapeHtml4(user.name())).append("</th><td>")
                    .append(escapeHtml4(user.roles().stream().sorted().map(Role::title)
                            .collect(java.util.stream.Collectors.joining(", ")))).append("</td><td>")
                    .append(escapeHtml4(String.join(", ", user.teams()))).append("</td><td>")
                    .append(user.tokens().size()).append("</td></tr>\n");
        }
        body.append("</tbody></table>\n");
        return page("Users", "", body.toString());
    }

    static String statusWords(int status) {
        switch (status) {
            case 400: return "Bad request";
            case 401: return "Sign in first";
            case 403: return "Not allowed";
            case 429: return "Too many tries";
            case 404: return "Not found";
            case 405: return "Method not allowed";
            case 413: return "Upload too large";
            case 415: return "Unsupported file type";
            case 422: return "No case could be read";
            case 503: return "Busy";
            default: return status >= 500 ? "Server error" : "Request not served";
        }
    }

    private static String page(String title, String current, String body) {
        return "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + escapeHtml4(title) + " – practice-check</title>\n<link rel=\"stylesheet\" href=\"/app.css\">\n"
                + "<script src=\"/session.js\" defer></script>\n</head>\n"
                + "<body>\n<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n<header class=\"site\">"
                + "<p class=\"brand\">practice-check</p>\n<nav aria-label=\"Main\"><ul>"
                + navItem("/", "Check cases", "check".equals(current))
                + navItem("/rules", "Rules", "rules".equals(current))
                + navItem("/trends", "Trends", "trends".equals(current))
                + "</ul></nav>" + SIGN_OUT_FORM + "</header>\n<main id=\"main\">\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static String navItem(String href, String words, boolean current) {
        return "<li><a href=\"" + href + "\"" + (current ? " aria-current=\"page\"" : "") + ">" + words + "</a></li>";
    }

    /** An HTML id from a rule id: letters, digits and hyphens. */
    private static String anchor(String ruleId) {
        return "rule-" + ruleId.replaceAll("[^A-Za-z0-9-]", "-");
    }
}
