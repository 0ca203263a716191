package uk.practicecheck.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in with the authority's identity provider by OpenID Connect (Microsoft Entra ID or any standard
 * issuer), through the Nimbus OAuth 2.0 / OpenID Connect SDK: the authorization code flow with PKCE
 * (S256), state and nonce, the client secret sent by HTTP basic authentication, and the ID token
 * checked for its issuer, audience, expiry, nonce and signature (by the issuer's published keys).
 * Roles and teams come from two claims of the ID token, either as their words or through a mapping
 * file from the provider's values (such as Entra ID group object ids) to roles and teams.
 */
public final class OpenIdConnect {
    /** How long a person has at the identity provider before their sign-in attempt is forgotten. */
    public static final Duration ATTEMPT_TIME = Duration.ofMinutes(10);
    private static final int MAX_ATTEMPTS = 10_000;
    /** How long to wait for the provider to connect or answer (discovery, keys, token), in milliseconds. */
    private static final int PROVIDER_TIMEOUT_MILLIS = 10_000;

    /**
     * What to ask the provider for and how to read its answer.
     *
     * @param issuer       the issuer URL (discovery document at {@code /.well-known/openid-configuration})
     * @param clientId     this server's client id at the provider
     * @param clientSecret its secret (from the environment or a file, never the command line)
     * @param redirectUri  this server's {@code /sign-in/callback} address, as registered at the provider
     * @param rolesClaim   the ID token claim listing the person's roles (Entra ID app roles: {@code roles})
     * @param teamsClaim   the claim listing their teams (Entra ID: {@code groups})
     * @param mapping      the provider's values to roles and teams, or null to read the claims as words and names
     */
    public record Settings(URI issuer, String clientId, String clientSecret, URI redirectUri, String rolesClaim,
                           String teamsClaim, Mapping mapping) {
        @Override
        public String toString() {
            return "Settings[issuer=" + issuer + ", clientId=" + clientId + "]";
        }
    }

    /**
     * A mapping file: each role word to the claim values that grant it, each team to the values that
     * place someone in it. {@code {"roles": {"qa": ["<group id>"]}, "teams": {"Assessment Team A": ["<group id>"]}}}
     */
    public record Mapping(Map<String, List<String>> roles, Map<String, List<String>> teams) {
        public static Mapping read(Path file) throws SignInSetupException {
            ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            Mapping mapping;
            try {
                mapping = json.readValue(Files.readAllBytes(file), Mapping.class);
            } catch (JsonProcessingException e) {
                throw new SignInSetupException("the role mapping file " + file + " is not in the documented form: "
                        + e.getOriginalMessage());
            } catch (IOException e) {
                throw new SignInSetupException("the role mapping file " + file + " could not be read: " + e.getMessage());
            }
            Mapping complete = new Mapping(mapping.roles() == null ? Map.of() : mapping.roles(),
                    mapping.teams() == null ? Map.of() : mapping.teams());
            for (String word : complete.roles().keySet()) {
                if (Role.of(word).isEmpty()) {
                    throw new SignInSetupException("the role mapping file " + file + " names the role '" + word
                            + "', which is not one of " + Role.words());
                }
            }
            return complete;
        }
    }

    /** Where to send the browser to sign in; {@code attempt} goes in a cookie to match the answer to it. */
    public record Start(URI authorizationRequest, String attempt) {
    }

    /** Signing in at the provider did not work; the message is for the person. */
    public static final class Refused extends Exception {
        private final String reason;

        Refused(String message, String reason) {
            super(message);
            this.reason = reason;
        }

        /** A few words for the access log. */
        public String reason() {
            return reason;
        }
    }

    private record Attempt(State state, Nonce nonce, CodeVerifier verifier, String next, Instant started) {
    }

    private final Settings settings;
    private final OIDCProviderMetadata provider;
    private final IDTokenValidator validator;
    private final Clock clock;
    private final Map<String, Attempt> attempts = new ConcurrentHashMap<>();

    private OpenIdConnect(Settings settings, OIDCProviderMetadata provider, IDTokenValidator validator, Clock clock) {
        this.settings = settings;
        this.provider = provider;
        this.validator = validator;
        this.clock = clock;
    }

    /** Reads the provider's discovery document and prepares to check its ID tokens (RS256, its JWKS). */
    public static OpenIdConnect discover(Settings settings, Clock clock) throws SignInSetupException {
        try {
            OIDCProviderMetadata provider = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()),
                    PROVIDER_TIMEOUT_MILLIS, PROVIDER_TIMEOUT_MILLIS);
            IDTokenValidator validator = new IDTokenValidator(provider.getIssuer(), new ClientID(settings.clientId()),
                    JWSAlgorithm.RS256, provider.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(PROVIDER_TIMEOUT_MILLIS, PROVIDER_TIMEOUT_MILLIS, 256 * 1024));
            return new OpenIdConnect(settings, provider, validator, clock);
        } catch (GeneralException | IOException e) {
            throw new SignInSetupException("the identity provider " + settings.issuer() + " could not be reached or "
                    + "did not describe itself (" + e.getMessage() + ")");
        }
    }

    /** A new sign-in attempt: the provider's address to send the browser to, with fresh state, nonce and PKCE. */
    public Start start(String next) {
        Instant now = clock.instant();
        attempts.values().removeIf(a -> a.started().plus(ATTEMPT_TIME).isBefore(now));
        if (attempts.size() >= MAX_ATTEMPTS) {
            attempts.clear();
        }
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        attempts.put(state.getValue(), new Attempt(state, nonce, verifier, next, now));
        AuthenticationRequest request = new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", "profile", "email"), new ClientID(settings.clientId()), settings.redirectUri())
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Start(request.toURI(), state.getValue());
    }

    /** The callback address as the provider called it, from this server's registered address and the query. */
    public URI callback(String query) {
        return URI.create(settings.redirectUri() + (query == null ? "" : "?" + query));
    }

    /** The person the provider's answer (the callback's address) proves, and the page they wanted next. */
    public record Result(Principal principal, String next) {
    }

    /**
     * Finishes a sign-in: the answer's state must be the one in this browser's cookie ({@code attempt})
     * and not used before; the code is exchanged (with the PKCE verifier and the client secret) for an ID
     * token, which must be signed by the issuer's key, for this client, unexpired and carry the nonce.
     */
    public Result finish(URI callback, String attempt) throws Refused {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new Refused("The identity provider's answer could not be read. Please sign in again.", "unreadable answer");
        }
        String state = response.getState() == null ? null : response.getState().getValue();
        Attempt started = state == null ? null : attempts.remove(state);
        if (started == null || !state.equals(attempt)
                || started.started().plus(ATTEMPT_TIME).isBefore(clock.instant())) {
            throw new Refused("This sign-in was not started here, was already used or took too long. "
                    + "Please sign in again.", "state did not match");
        }
        if (response instanceof AuthenticationErrorResponse error) {
            ErrorObject why = error.getErrorObject();
            throw new Refused("The identity provider did not sign you in" + (why.getDescription() == null ? ""
                    : ": " + why.getDescription()) + ".", "provider refused: " + why.getCode());
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        IDTokenClaimsSet claims = idToken(code, started);
        return new Result(principal(claims), started.next());
    }

    private IDTokenClaimsSet idToken(AuthorizationCode code, Attempt started) throws Refused {
        TokenRequest request = new TokenRequest(provider.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(code, settings.redirectUri(), started.verifier()));
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(PROVIDER_TIMEOUT_MILLIS);
            http.setReadTimeout(PROVIDER_TIMEOUT_MILLIS);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (ParseException | IOException e) {
            throw new Refused("The identity provider could not be reached to finish signing in. Please try again.",
                    "token request failed");
        }
        if (!response.indicatesSuccess()) {
            throw new Refused("The identity provider did not accept this sign-in. Please sign in again.",
                    "token request refused: " + response.toErrorResponse().getErrorObject().getCode());
        }
        try {
            return validator.validate(((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken(),
                    started.nonce());
        } catch (BadJOSEException | JOSEException e) {
            throw new Refused("The identity provider's answer did not prove who you are, so you were not signed in.",
                    "ID token rejected: " + e.getMessage());
        }
    }

    private Principal principal(IDTokenClaimsSet claims) throws Refused {
        List<String> roleValues = strings(claims, settings.rolesClaim());
        List<String> teamValues = strings(claims, settings.teamsClaim());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> teams = new LinkedHashSet<>();
        Mapping mapping = settings.mapping();
        if (mapping == null) {
            roleValues.forEach(v -> Role.of(v).ifPresent(roles::add));
            teams.addAll(teamValues);
        } else {
            mapping.roles().forEach((word, values) -> {
                if (values.stream().anyMatch(roleValues::contains) || values.stream().anyMatch(teamValues::contains)) {
                    roles.add(Role.of(word).orElseThrow());
                }
            });
            mapping.teams().forEach((team, values) -> {
                if (values.stream().anyMatch(teamValues::contains) || values.stream().anyMatch(roleValues::contains)) {
                    teams.add(team);
                }
            });
        }
        String name = firstString(claims, "preferred_username", "email", "upn");
        if (name == null) {
            name = claims.getSubject().getValue();
        }
        if (roles.isEmpty()) {
            throw new Refused("You signed in as " + name + ", but that account has no practice-check role: ask "
                    + "whoever runs practice-check here to give you one.", "no role");
        }
        return new Principal(name, roles, new ArrayList<>(teams), "openid-connect");
    }

    private static List<String> strings(IDTokenClaimsSet claims, String claim) {
        if (claim == null) {
            return List.of();
        }
        List<String> list = claims.getStringListClaim(claim);
        if (list != null) {
            return list;
        }
        String one = claims.getStringClaim(claim);
        return one == null ? List.of() : List.of(one);
    }

    private static String firstString(IDTokenClaimsSet claims, String... names) {
        for (String name : names) {
            String value = claims.getStringClaim(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
