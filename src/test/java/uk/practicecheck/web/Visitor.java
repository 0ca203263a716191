package uk.practicecheck.web;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Someone using the served page over a real socket: keeps cookies as a browser does, follows no
 * redirects (so tests see them), and signs in through the sign-in form.
 */
final class Visitor {
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    Visitor(String base) {
        this(base, HttpClient.newBuilder());
    }

    /** A visitor whose client is built from {@code builder} (for HTTPS, with the test's trust store). */
    Visitor(String base, HttpClient.Builder builder) {
        this.base = base;
        this.client = builder.cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Visitor(int port) {
        this("http://127.0.0.1:" + port);
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return getAt(uri(path), headers);
    }

    /** A GET to a full address, on this server or another (an identity provider), with this visitor's cookies. */
    HttpResponse<String> getAt(URI address, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(address).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> upload(String path, Multipart form, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", form.contentType())
                .header("Accept", "application/json").POST(form.publisher());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fills in and sends the sign-in form; the answer (a redirect when it worked). */
    HttpResponse<String> signIn(String name, String password, String... headers) throws Exception {
        HttpResponse<String> page = get("/sign-in");
        Matcher token = HIDDEN_CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("the sign-in page has no CSRF field: " + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", token.group(1));
        form.put("name", name);
        form.put("password", password);
        return postForm("/sign-in", form, headers);
    }

    /** The CSRF token the page's scripts would send (the pc_csrf cookie), or null. */
    String csrfToken() {
        return cookie(SignIn.CSRF_COOKIE);
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }

    void forgetCookie(String name) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().getURIs().forEach(u -> cookies.getCookieStore().remove(u, c)));
    }
}
