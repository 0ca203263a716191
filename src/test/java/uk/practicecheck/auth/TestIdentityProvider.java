package uk.practicecheck.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider for tests, on a real loopback socket: discovery, a JWKS, an
 * authorization endpoint that signs in whoever the test says (no form), and a token endpoint that
 * checks the client secret and the PKCE verifier and answers with an ID token signed by its RSA key
 * (Nimbus JOSE). The test can make it misbehave: a wrong audience, an expired or forged token.
 */
public final class TestIdentityProvider implements AutoCloseable {
    /** How the next ID token is spoiled, if at all. */
    public enum Fault { NONE, WRONG_AUDIENCE, EXPIRED, FORGED, WRONG_ISSUER }

    private record Grant(String clientId, String redirectUri, String nonce, String challenge, Map<String, Object> claims) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey forger;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile Map<String, Object> nextPerson = Map.of();
    private volatile Fault fault = Fault.NONE;

    public TestIdentityProvider(String clientId, String clientSecret) throws IOException, JOSEException {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.key = new RSAKeyGenerator(2048).keyID("signing").generate();
        this.forger = new RSAKeyGenerator(2048).keyID("signing").generate();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", ex -> answer(ex, 200, "application/json",
                new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    public URI issuer() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Who the next person to sign in is: the ID token's claims besides the standard ones. */
    public void nextSignIn(Map<String, Object> claims, Fault fault) {
        this.nextPerson = Map.copyOf(claims);
        this.fault = fault;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        OIDCProviderMetadata metadata = new OIDCProviderMetadata(new Issuer(issuer()), List.of(SubjectType.PUBLIC),
                URI.create(issuer() + "/jwks"));
        metadata.setAuthorizationEndpointURI(URI.create(issuer() + "/authorize"));
        metadata.setTokenEndpointURI(URI.create(issuer() + "/token"));
        metadata.setResponseTypes(List.of(new ResponseType(ResponseType.Value.CODE)));
        metadata.setIDTokenJWSAlgs(List.of(JWSAlgorithm.RS256));
        metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        answer(exchange, 200, "application/json", metadata.toJSONObject().toJSONString());
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, List<String>> query = URLUtils.parseParameters(exchange.getRequestURI().getRawQuery());
        String redirect = one(query, "redirect_uri");
        if (!clientId.equals(one(query, "client_id")) || !"code".equals(one(query, "response_type"))
                || !"S256".equals(one(query, "code_challenge_method")) || one(query, "nonce") == null) {
            answer(exchange, 400, "text/plain", "bad authorization request");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(one(query, "client_id"), redirect, one(query, "nonce"), one(query, "code_challenge"),
                nextPerson));
        exchange.getResponseHeaders().add("Location", redirect + "?code=" + code + "&state="
                + URLUtils.serializeParameters(Map.of("s", List.of(one(query, "state")))).substring(2));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + ":" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        Map<String, List<String>> form = URLUtils.parseParameters(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        Grant grant = codes.remove(one(form, "code"));
        String verifier = one(form, "code_verifier");
        if (grant == null || !grant.redirectUri().equals(one(form, "redirect_uri")) || verifier == null
                || !CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(verifier)).getValue()
                        .equals(grant.challenge())) {
            answer(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            answer(exchange, 200, "application/json", "{\"access_token\":\"" + UUID.randomUUID()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"" + idToken(grant) + "\"}");
        } catch (JOSEException e) {
            throw new IOException(e);
        }
    }

    private String idToken(Grant grant) throws JOSEException {
        Instant now = Instant.now();
        Instant expires = fault == Fault.EXPIRED ? now.minus(Duration.ofMinutes(10)) : now.plus(Duration.ofMinutes(5));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(fault == Fault.WRONG_ISSUER ? "https://elsewhere.example" : issuer().toString())
                .audience(fault == Fault.WRONG_AUDIENCE ? "another-client" : grant.clientId())
                .subject("subject-" + UUID.randomUUID())
                .issueTime(Date.from(fault == Fault.EXPIRED ? now.minus(Duration.ofMinutes(20)) : now))
                .expirationTime(Date.from(expires))
                .claim("nonce", grant.nonce());
        grant.claims().forEach(claims::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("signing").build(), claims.build());
        jwt.sign(new RSASSASigner(fault == Fault.FORGED ? forger : key));
        return jwt.serialize();
    }

    private static String one(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
