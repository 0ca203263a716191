package uk.practicecheck.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.List;
import uk.practicecheck.auth.LocalUsers;
import uk.practicecheck.auth.OpenIdConnect;
import uk.practicecheck.auth.Principal;
import uk.practicecheck.auth.Sessions;
import uk.practicecheck.auth.SignInThrottle;
import uk.practicecheck.auth.User;

/**
 * Sign-in for {@code serve --users}: the sign-in and sign-out pages, sessions in cookies, API
 * tokens, CSRF tokens, and the one check before every request of who may use which address
 * ({@link RouteAccess}). Without it the server is open to whoever can reach it, which the
 * command allows on this computer's loopback address only.
 */
public final class SignIn {
    static final String SESSION_COOKIE = "pc_session";
    /** The session's CSRF token, readable by the page's scripts, which send it back as {@link #CSRF_HEADER}. */
    static final String CSRF_COOKIE = "pc_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "csrf";
    /** The sign-in form's own token (double-submitted: cookie and form field), before there is a session. */
    static final String SIGN_IN_COOKIE = "pc_signin";
    /** Which OpenID Connect sign-in attempt this browser started (its state), checked at the callback. */
    static final String OIDC_COOKIE = "pc_oidc";
    private static final String PRINCIPAL = "practicecheck.principal";
    private static final int MAX_NAME = 64;
    /** What {@link Sessions#randomToken()} makes: 32 random bytes, base64url without padding. */
    private static final Pattern SIGN_IN_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final LocalUsers localUsers;
    private final OpenIdConnect oidc;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final AccessLog log;

    /**
     * @param localUsers the users file, or null when everyone signs in with the identity provider
     * @param oidc       the identity provider (OpenID Connect), or null for the users file only
     * @param sessions   where sessions live
     * @param throttle   failed sign-ins counted, for the lock-out
     * @param log        where sign-ins and refusals are written
     */
    public SignIn(LocalUsers localUsers, OpenIdConnect oidc, Sessions sessions, SignInThrottle throttle,
                  AccessLog log) {
        if (localUsers == null && oidc == null) {
            throw new IllegalArgumentException("sign-in needs a users file or an identity provider");
        }
        this.localUsers = localUsers;
        this.oidc = oidc;
        this.sessions = sessions;
        this.throttle = throttle;
        this.log = log;
    }

    /** The person the request is from, or null when sign-in is off (or the address is open). */
    public static Principal principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    void install(Javalin app) {
        app.before(this::admit);
        app.get("/sign-in", this::signInPage);
        app.post("/sign-in", this::signInWithPassword);
        app.post("/sign-out", this::signOut);
        if (oidc != null) {
            app.get("/sign-in/oidc", this::startAtTheProvider);
            app.get("/sign-in/callback", this::backFromTheProvider);
        }
        app.get("/api/me", ctx -> ctx.json(me(principal(ctx))));
        app.get("/users", ctx -> ctx.html(HtmlPages.users(localUsers == null ? List.of() : localUsers.all(),
                oidc != null)));
    }

    /** Lets the request through, or answers it: sign in first (401 or the sign-in page), refused (403), no page (404). */
    private void admit(Context ctx) {
        Optional<RouteAccess.Route> route = RouteAccess.find(ctx.method().name(), ctx.path());
        String bearer = bearerToken(ctx);
        Sessions.Session session = null;
        Principal who = null;
        if (bearer != null) {
            who = byToken(ctx, bearer);
        } else {
            session = session(ctx);
            who = session == null ? null : session.principal();
        }
        ctx.attribute(PRINCIPAL, who);
        if (route.isPresent() && route.get().open()) {
            return;
        }
        if (who == null) {
            askToSignIn(ctx);
            return;
        }
        if (route.isEmpty()) {
            throw new WebProblem(404, "There is no page at " + ctx.path() + ".");
        }
        if (!route.get().admits(who)) {
            throw new WebProblem(403, "Your account (" + who.name() + ") may not use " + ctx.path()
                    + ": ask whoever runs practice-check here for the role it needs.");
        }
        if (route.get().changesState() && session != null && !csrfMatches(ctx, session.csrfToken())) {
            throw new WebProblem(403, "This request did not carry the page's safety token, so it was refused "
                    + "(it may have come from another site). Reload the page and try again.");
        }
    }

    private Principal byToken(Context ctx, String token) {
        if (!ctx.path().startsWith("/api/")) {
            throw WebProblem.unauthorized("API tokens are accepted only by the JSON API (addresses under /api/).");
        }
        Optional<User> user = localUsers == null ? Optional.empty() : localUsers.byToken(token);
        if (user.isEmpty()) {
            log.signInFailed(null, "token", "unknown or revoked token", ctx.ip());
            throw WebProblem.unauthorized("The API token is not valid: it may have been revoked or mistyped.");
        }
        return user.get().signedIn("token");
    }

    /** The live session the cookie names; a local user's roles and teams as the users file says now. */
    private Sessions.Session session(Context ctx) {
        Sessions.Session session = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
        if (session == null || !"password".equals(session.principal().via()) || localUsers == null) {
            return session;
        }
        Optional<User> now = localUsers.user(session.principal().name());
        if (now.isEmpty()) {
            sessions.end(session.id());
            return null;
        }
        return sessions.refresh(session, now.get().signedIn("password"));
    }

    private static void askToSignIn(Context ctx) {
        boolean page = "GET".equals(ctx.method().name()) && !ErrorAnswers.wantsJson(ctx.path(), ctx.header("Accept"));
        if (!page) {
            throw WebProblem.unauthorized("Sign in first: this address needs a signed-in session or an API token "
                    + "(Authorization: Bearer).");
        }
        ctx.redirect("/sign-in?next=" + java.net.URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    private void signInPage(Context ctx) {
        Principal who = principal(ctx);
        if (who != null) {
            ctx.redirect(RouteAccess.home(who), HttpStatus.SEE_OTHER);
            return;
        }
        boolean signedOut = ctx.queryParam("signed-out") != null;
        showSignIn(ctx, 200, signedOut ? "You have signed out." : null, "");
    }

    /**
     * The sign-in page. The form's token is kept while the browser holds one, so that another sign-in
     * page shown in the meantime (a second tab, or a browser's own request for its icon, which is sent
     * to sign in first) does not spoil the form already on screen.
     */
    private void showSignIn(Context ctx, int status, String message, String name) {
        String held = ctx.cookie(SIGN_IN_COOKIE);
        String token = held != null && SIGN_IN_TOKEN.matcher(held).matches() ? held : Sessions.randomToken();
        ctx.cookie(cookie(ctx, SIGN_IN_COOKIE, token, "/sign-in", -1, true, SameSite.STRICT));
        ctx.status(status).html(HtmlPages.signIn(token, safeNext(ctx.queryParam("next") != null
                ? ctx.queryParam("next") : ctx.formParam("next")), message, status >= 400, name, localUsers != null,
                oidc != null));
    }

    private void signInWithPassword(Context ctx) {
        if (localUsers == null) {
            showSignIn(ctx, 404, "Here you sign in with your organisation's account, not a password.", "");
            return;
        }
        String formToken = ctx.formParam(CSRF_FIELD);
        String cookieToken = ctx.cookie(SIGN_IN_COOKIE);
        if (formToken == null || cookieToken == null || !same(formToken, cookieToken)) {
            showSignIn(ctx, 403, "The sign-in form had expired or came from another site. Please sign in again.", "");
            return;
        }
        String typed = ctx.formParam("name") == null ? "" : ctx.formParam("name").trim();
        String name = typed.length() > MAX_NAME ? typed.substring(0, MAX_NAME) : typed;
        String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
        Optional<Instant> locked = throttle.lockedUntil(name, ctx.ip());
        if (locked.isPresent()) {
            log.signInFailed(localUsers.user(name).map(User::name).orElse(null), "password", "locked out", ctx.ip());
            showSignIn(ctx, 429, "Too many failed sign-ins for this name or from this computer: try again after "
                    + DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(locked.get())
                    + ".", name);
            return;
        }
        Optional<User> user = localUsers.signIn(name, password.toCharArray());
        if (user.isEmpty()) {
            throttle.failed(name, ctx.ip());
            boolean known = localUsers.user(name).isPresent();
            log.signInFailed(known ? name : null, "password", known ? "wrong password" : "unknown user", ctx.ip());
            showSignIn(ctx, 401, "The user name or password is not right.", name);
            return;
        }
        throttle.succeeded(name);
        startSession(ctx, user.get().signedIn("password"), safeNext(ctx.formParam("next")));
    }

    /** Sends the browser to the identity provider, remembering (in a cookie) which attempt it is on. */
    private void startAtTheProvider(Context ctx) {
        OpenIdConnect.Start start = oidc.start(safeNext(ctx.queryParam("next")));
        ctx.cookie(cookie(ctx, OIDC_COOKIE, start.attempt(), "/sign-in/callback",
                (int) OpenIdConnect.ATTEMPT_TIME.toSeconds(), true, SameSite.LAX));
        ctx.redirect(start.authorizationRequest().toString(), HttpStatus.SEE_OTHER);
    }

    /** The provider's answer: signed in (a new session), or the sign-in page saying why not. */
    private void backFromTheProvider(Context ctx) {
        String attempt = ctx.cookie(OIDC_COOKIE);
        ctx.removeCookie(OIDC_COOKIE, "/sign-in/callback");
        OpenIdConnect.Result result;
        try {
            result = oidc.finish(oidc.callback(ctx.queryString()), attempt);
        } catch (OpenIdConnect.Refused e) {
            log.signInFailed(null, "openid-connect", e.reason(), ctx.ip());
            showSignIn(ctx, 401, e.getMessage(), "");
            return;
        }
        startSession(ctx, result.principal(), result.next());
    }

    /** Starts a session (a new id, never one the browser brought) and goes on to {@code next} or the person's home. */
    void startSession(Context ctx, Principal who, String next) {
        Sessions.Session session = sessions.start(who);
        int maxAge = (int) sessions.absolute().toSeconds();
        ctx.cookie(cookie(ctx, SESSION_COOKIE, session.id(), "/", maxAge, true, SameSite.LAX));
        ctx.cookie(cookie(ctx, CSRF_COOKIE, session.csrfToken(), "/", maxAge, false, SameSite.STRICT));
        ctx.removeCookie(SIGN_IN_COOKIE, "/sign-in");
        ctx.attribute(PRINCIPAL, who);
        log.signedIn(who, ctx.ip());
        String target = next != null && RouteAccess.find("GET", next).map(r -> r.admits(who)).orElse(false)
                ? next : RouteAccess.home(who);
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        Principal who = principal(ctx);
        sessions.end(ctx.cookie(SESSION_COOKIE));
        ctx.cookie(cookie(ctx, SESSION_COOKIE, "", "/", 0, true, SameSite.LAX));
        ctx.cookie(cookie(ctx, CSRF_COOKIE, "", "/", 0, false, SameSite.STRICT));
        if (who != null) {
            log.signedOut(who, ctx.ip());
        }
        ctx.redirect("/sign-in?signed-out", HttpStatus.SEE_OTHER);
    }

    private static Map<String, Object> me(Principal who) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("name", who.name());
        me.put("roles", who.roles().stream().sorted().map(r -> r.word()).toList());
        me.put("teams", who.teams());
        me.put("signedInWith", who.via());
        return me;
    }

    private static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }

    private static boolean csrfMatches(Context ctx, String expected) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && ctx.contentType() != null
                && ctx.contentType().startsWith("application/x-www-form-urlencoded")) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        return sent != null && same(sent, expected);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code next} if it is a path on this server ("/..." but not "//host"), else null. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return null;
        }
        return next;
    }

    private static Cookie cookie(Context ctx, String name, String value, String path, int maxAge, boolean httpOnly,
                                 SameSite sameSite) {
        return new Cookie(name, value, path, maxAge, ctx.req().isSecure(), 0, httpOnly, null, null, sameSite);
    }
}
