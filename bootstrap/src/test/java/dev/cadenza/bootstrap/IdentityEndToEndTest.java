package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.cadenza.adapters.persistence.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts, sessions, API keys and authorization through HTTP against real PostgreSQL, with the
 * real JWT signer and bcrypt: the authentication matrix (every protected endpoint against every kind
 * of credential), token rotation and reuse, throttling, and the audit trail.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class IdentityEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();
  private static final byte[] SIGNING_SECRET = random(32);
  private static final String ADMIN = "root-admin";
  private static final String ADMIN_PASSWORD = "root-admin-password";
  private static final String PASSWORD = "correct horse battery";

  static final DropwizardAppExtension<CadenzaConfiguration> APP = EndToEndApps.app(DB, tempDir().toString(),
      ConfigOverride.config("auth.jwtKeys", "e2e-1:" + Base64.getEncoder().encodeToString(SIGNING_SECRET)),
      ConfigOverride.config("auth.adminUsername", ADMIN),
      ConfigOverride.config("auth.loginAddressFailureLimit", "15"),
      ConfigOverride.config("auth.adminPassword", ADMIN_PASSWORD),
      // One trusted proxy: the throttling tests speak for distinct client addresses with X-Forwarded-For.
      ConfigOverride.config("auth.trustedProxies", "1"));

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The credentials of the matrix, by name, as the header to send (none for anonymous). */
  private static final Map<String, String[]> CREDENTIALS = new LinkedHashMap<>();
  private static String owner;
  private static String other;
  private static String curator;
  private static String revokedKeyId;

  private static byte[] random(int n) {
    byte[] bytes = new byte[n];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("cadenza-identity");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- HTTP helpers

  private static String url(String path) {
    return "http://127.0.0.1:" + APP.getLocalPort() + path;
  }

  private static HttpResponse<String> call(String method, String path, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    try {
      try {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException staleConnection) {
        // A request refused before its body was read makes Jetty close the connection after the
        // answer; the client may already have picked that pooled connection for the next request.
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException(r.body(), e);
    }
  }

  private static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  private static String[] apiKey(String key) {
    return new String[] {"X-API-Key", key};
  }

  private static String register(String username) {
    HttpResponse<String> r = call("POST", "/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\""
        + PASSWORD + "\",\"fullName\":\"" + username + " Person\",\"email\":\"" + username + "@example.org\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).get("id").asText();
  }

  private static JsonNode login(String username, String password, String... headers) {
    HttpResponse<String> r = call("POST", "/api/v1/auth/token",
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", headers);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r);
  }

  private static String token(String username, String password) {
    return login(username, password).get("accessToken").asText();
  }

  private static String createKey(String accessToken) {
    HttpResponse<String> r = call("POST", "/api/v1/me/api-keys", "{\"name\":\"matrix\"}", bearer(accessToken));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).get("key").asText();
  }

  private static String createSong(String adminToken) {
    HttpResponse<String> r = call("POST", "/api/v1/songs",
        "{\"title\":\"Matrix Song\",\"performer\":\"M\",\"genre\":\"Test\",\"year\":2001}", bearer(adminToken));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).get("id").asText();
  }

  // ---------------------------------------------------------------- the cast

  @BeforeAll
  static void cast() throws Exception {
    String admin = token(ADMIN, ADMIN_PASSWORD);
    owner = register("owner");
    other = register("other");
    register("inactive");
    curator = register("curator");
    JsonNode ownerSession = login("owner", PASSWORD);
    String ownerToken = ownerSession.get("accessToken").asText();
    String otherToken = token("other", PASSWORD);
    String inactiveToken = token("inactive", PASSWORD);
    String inactiveKey = createKey(inactiveToken);
    String revokedKey = createKey(ownerToken);
    HttpResponse<String> keys = call("GET", "/api/v1/me/api-keys", null, bearer(ownerToken));
    revokedKeyId = json(keys).get("items").get(0).get("id").asText();
    assertThat(call("DELETE", "/api/v1/me/api-keys/" + revokedKeyId, null, bearer(ownerToken)).statusCode())
        .isEqualTo(204);
    assertThat(call("PUT", "/api/v1/users/" + curator + "/roles", "{\"roles\":[\"user\",\"curator\"]}",
        bearer(admin)).statusCode()).isEqualTo(200);
    String curatorToken = token("curator", PASSWORD);
    String inactiveId = json(call("POST", "/api/v1/auth/token",
        "{\"username\":\"inactive\",\"password\":\"" + PASSWORD + "\"}")).get("accessToken").asText();
    assertThat(inactiveId).isNotBlank();
    String inactiveUser = json(call("GET", "/api/v1/me", null, bearer(inactiveToken))).get("id").asText();
    assertThat(call("PUT", "/api/v1/users/" + inactiveUser + "/status", "{\"active\":false}", bearer(admin))
        .statusCode()).isEqualTo(200);

    SignedJWT valid = SignedJWT.parse(ownerToken);
    JWTClaimsSet claims = valid.getJWTClaimsSet();
    Instant past = Instant.now().minusSeconds(3600);
    JWTClaimsSet expiredClaims = new JWTClaimsSet.Builder(claims).issueTime(Date.from(past.minusSeconds(900)))
        .notBeforeTime(Date.from(past.minusSeconds(900))).expirationTime(Date.from(past)).build();
    SignedJWT expired = new SignedJWT(valid.getHeader(), expiredClaims);
    expired.sign(new MACSigner(SIGNING_SECRET));
    SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(valid.getHeader()).build(), claims);
    foreign.sign(new MACSigner(random(32)));

    CREDENTIALS.put("no credentials", new String[0]);
    CREDENTIALS.put("malformed token", bearer("not.a-token"));
    CREDENTIALS.put("expired token", bearer(expired.serialize()));
    CREDENTIALS.put("token signed with another key", bearer(foreign.serialize()));
    CREDENTIALS.put("alg none", bearer(new PlainJWT(claims).serialize()));
    CREDENTIALS.put("refresh token as access", bearer(ownerSession.get("refreshToken").asText()));
    CREDENTIALS.put("inactive user's token", bearer(inactiveToken));
    CREDENTIALS.put("inactive user's key", apiKey(inactiveKey));
    CREDENTIALS.put("revoked API key", apiKey(revokedKey));
    CREDENTIALS.put("another user", bearer(otherToken));
    CREDENTIALS.put("another user's key", apiKey(createKey(otherToken)));
    CREDENTIALS.put("owner", bearer(ownerToken));
    CREDENTIALS.put("owner's key", apiKey(createKey(ownerToken)));
    CREDENTIALS.put("curator", bearer(curatorToken));
    CREDENTIALS.put("admin", bearer(admin));
    CREDENTIALS.put("admin's key", apiKey(createKey(admin)));
    // The token the owner got at sign-in is still valid: a valid claim set with the right key.
    assertThat(call("GET", "/api/v1/me", null, bearer(ownerToken)).statusCode()).isEqualTo(200);
  }

  // ---------------------------------------------------------------- the matrix

  private record Endpoint(String method, Supplier<String> path, String body, Map<String, Integer> expected) {
    @Override
    public String toString() {
      return method + " " + path.get().replaceAll("[0-9a-f-]{36}", "{id}");
    }
  }

  /** Expected status per credential: 401 for every credential that does not check out. */
  private static Map<String, Integer> expect(int anonymous, int otherUser, int ownerStatus, int curatorStatus,
                                             int admin) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String bad : List.of("malformed token", "expired token", "token signed with another key", "alg none",
        "refresh token as access", "inactive user's token", "inactive user's key", "revoked API key")) {
      m.put(bad, 401);
    }
    m.put("no credentials", anonymous);
    m.put("another user", otherUser);
    m.put("another user's key", otherUser);
    m.put("owner", ownerStatus);
    m.put("owner's key", ownerStatus);
    m.put("curator", curatorStatus);
    m.put("admin", admin);
    m.put("admin's key", admin);
    return m;
  }

  /** {@code expected}, but every valid API key answered with {@code keyStatus}. */
  private static Map<String, Integer> withKeys(Map<String, Integer> expected, int keyStatus) {
    for (String key : List.of("another user's key", "owner's key", "admin's key")) {
      expected.put(key, keyStatus);
    }
    return expected;
  }

  private static List<Endpoint> endpoints() {
    String admin = CREDENTIALS.get("admin")[1].substring("Bearer ".length());
    String song = "{\"title\":\"Matrix Song\",\"performer\":\"M\",\"genre\":\"Test\",\"year\":2001}";
    return List.of(
        new Endpoint("GET", () -> "/api/v1/songs", null, expect(200, 200, 200, 200, 200)),
        new Endpoint("GET", () -> "/api/v1/users/" + owner, null, expect(200, 200, 200, 200, 200)),
        new Endpoint("GET", () -> "/api/v1/me", null, expect(401, 200, 200, 200, 200)),
        new Endpoint("PATCH", () -> "/api/v1/me", "{\"fullName\":\"Renamed\"}", expect(401, 200, 200, 200, 200)),
        new Endpoint("GET", () -> "/api/v1/me/api-keys", null, expect(401, 200, 200, 200, 200)),
        // Keys are made in sessions only: a key that made keys would outlive its own revocation.
        new Endpoint("POST", () -> "/api/v1/me/api-keys", "{\"name\":\"m\"}",
            withKeys(expect(401, 201, 201, 201, 201), 403)),
        // Someone else's key is not found, even for an admin: /me/api-keys are the caller's own.
        new Endpoint("DELETE", () -> "/api/v1/me/api-keys/" + revokedKeyId, null, expect(401, 404, 204, 404, 404)),
        new Endpoint("PUT", () -> "/api/v1/users/" + other + "/status", "{\"active\":true}",
            expect(401, 403, 403, 403, 200)),
        new Endpoint("PUT", () -> "/api/v1/users/" + curator + "/roles", "{\"roles\":[\"curator\"]}",
            expect(401, 403, 403, 403, 200)),
        new Endpoint("GET", () -> "/api/v1/admin/audit", null, expect(401, 403, 403, 403, 200)),
        // who may read it is settled before its filters are: only an admin hears of a bad one
        new Endpoint("GET", () -> "/api/v1/admin/audit?limit=abc", null, expect(401, 403, 403, 403, 400)),
        new Endpoint("POST", () -> "/api/v1/songs", song, expect(401, 403, 403, 201, 201)),
        new Endpoint("PATCH", () -> "/api/v1/songs/" + createSong(admin), "{\"genre\":\"Jazz\"}",
            expect(401, 403, 403, 200, 200)),
        new Endpoint("DELETE", () -> "/api/v1/songs/" + createSong(admin), null, expect(401, 403, 403, 204, 204)),
        new Endpoint("POST", () -> "/api/v1/albums", "{\"title\":\"Matrix Album\",\"year\":2001}",
            expect(401, 403, 403, 201, 201)));
  }

  @TestFactory
  Stream<DynamicTest> everyProtectedEndpointAgainstEveryCredential() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Map.Entry<String, Integer> expected : endpoint.expected().entrySet()) {
        String[] credential = CREDENTIALS.get(expected.getKey());
        tests.add(DynamicTest.dynamicTest(endpoint + " with " + expected.getKey() + " -> " + expected.getValue(),
            () -> {
              HttpResponse<String> r = call(endpoint.method(), endpoint.path().get(), endpoint.body(), credential);
              assertThat(r.statusCode()).as(r.body()).isEqualTo(expected.getValue());
              if (r.statusCode() == 401) {
                assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
              }
            }));
      }
    }
    assertThat(tests).hasSizeGreaterThan(200);
    return tests.stream();
  }

  @Test
  void profilesArePublicButPrivateMembersOnlyForTheUserAndAdmins() {
    JsonNode anonymous = json(call("GET", "/api/v1/users/" + owner, null));
    assertThat(anonymous.has("username")).isTrue();
    assertThat(anonymous.has("email")).isFalse();
    assertThat(anonymous.has("roles")).isFalse();
    assertThat(json(call("GET", "/api/v1/users/" + owner, null, CREDENTIALS.get("another user"))).has("email"))
        .isFalse();
    assertThat(json(call("GET", "/api/v1/users/" + owner, null, CREDENTIALS.get("owner"))).get("email").asText())
        .isEqualTo("owner@example.org");
    assertThat(json(call("GET", "/api/v1/users/" + owner, null, CREDENTIALS.get("admin"))).get("status").asText())
        .isEqualTo("active");
    assertThat(call("GET", "/api/v1/users/00000000-0000-7000-8000-000000000000", null).statusCode()).isEqualTo(404);
    assertThat(call("GET", "/api/v1/users/not-an-id", null).statusCode()).isEqualTo(404);
  }

  private static String[] with(String[] headers, String... more) {
    String[] all = java.util.Arrays.copyOf(headers, headers.length + more.length);
    System.arraycopy(more, 0, all, headers.length, more.length);
    return all;
  }

  private static String etag(HttpResponse<String> r) {
    return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.headers()));
  }

  @Test
  void accountsCarryEntityTagsAndTheirChangesHonourIfMatch() {
    HttpResponse<String> registered = call("POST", "/api/v1/users", "{\"username\":\"tagger\",\"password\":\""
        + PASSWORD + "\",\"fullName\":\"Tag Person\",\"email\":\"tagger@example.org\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String id = json(registered).get("id").asText();
    String[] me = bearer(token("tagger", PASSWORD));
    String[] admin = CREDENTIALS.get("admin");
    HttpResponse<String> mine = call("GET", "/api/v1/me", null, me);
    String tag = etag(mine);
    assertThat(tag).matches("\"\\d+\"");
    assertThat(etag(registered)).as("the registration's tag is the one its holder reads").isEqualTo(tag);
    assertThat(call("GET", "/api/v1/me", null, with(me, "If-None-Match", tag)).statusCode()).isEqualTo(304);

    // The public and the private view are two representations of one account, with two tags.
    HttpResponse<String> anonymous = call("GET", "/api/v1/users/" + id, null);
    HttpResponse<String> own = call("GET", "/api/v1/users/" + id, null, me);
    assertThat(etag(anonymous)).isNotEqualTo(etag(own));
    assertThat(anonymous.headers().firstValue("Vary").orElse("")).contains("Authorization");
    assertThat(call("GET", "/api/v1/users/" + id, null, "If-None-Match", etag(anonymous)).statusCode()).isEqualTo(304);
    assertThat(call("GET", "/api/v1/users/" + id, null, with(me, "If-None-Match", etag(anonymous))).statusCode())
        .isEqualTo(200);
    assertThat(call("GET", "/api/v1/users/" + id, null, with(me, "If-None-Match", etag(own))).statusCode())
        .isEqualTo(304);

    // A change with the current tag passes and answers the new one; the old tag then changes nothing.
    HttpResponse<String> renamed = call("PATCH", "/api/v1/me", "{\"fullName\":\"Tag Ger\"}", with(me, "If-Match", tag));
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    String renamedTag = etag(renamed);
    assertThat(renamedTag).isNotEqualTo(tag);
    HttpResponse<String> stale = call("PATCH", "/api/v1/me", "{\"fullName\":\"Stale\"}", with(me, "If-Match", tag));
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    assertThat(json(stale).get("current").get("fullName").asText()).isEqualTo("Tag Ger");
    assertThat(json(call("GET", "/api/v1/me", null, me)).get("fullName").asText()).isEqualTo("Tag Ger");
    assertThat(call("GET", "/api/v1/me", null, with(me, "If-None-Match", tag)).statusCode()).isEqualTo(200);
    assertThat(call("GET", "/api/v1/users/" + id, null, with(me, "If-None-Match", etag(own))).statusCode())
        .as("the private view changed too").isEqualTo(200);

    // The private view shows the library's counts, so saving a song changes its tag (not the version).
    String song = createSong(token(ADMIN, ADMIN_PASSWORD));
    String beforeSaving = etag(call("GET", "/api/v1/users/" + id, null, me));
    assertThat(call("PUT", "/api/v1/me/library/songs/" + song, null, me).statusCode()).isBetween(200, 204);
    HttpResponse<String> afterSaving = call("GET", "/api/v1/users/" + id, null, with(me, "If-None-Match", beforeSaving));
    assertThat(afterSaving.statusCode()).isEqualTo(200);
    assertThat(json(afterSaving).get("library").get("savedSongs").asLong()).isEqualTo(1);
    assertThat(etag(call("GET", "/api/v1/me", null, me))).isEqualTo(renamedTag);

    // Admins' changes of status and roles read the same tags; others get their 403 before any 412.
    assertThat(call("PUT", "/api/v1/users/" + id + "/roles", "{\"roles\":[\"user\"]}",
        with(me, "If-Match", tag)).statusCode()).isEqualTo(403);
    HttpResponse<String> staleStatus = call("PUT", "/api/v1/users/" + id + "/status", "{\"active\":false}",
        with(admin, "If-Match", tag));
    assertThat(staleStatus.statusCode()).as(staleStatus.body()).isEqualTo(412);
    assertThat(call("GET", "/api/v1/me", null, me).statusCode()).as("still active").isEqualTo(200);
    String adminsTag = etag(call("GET", "/api/v1/users/" + id, null, admin));
    String publicTag = etag(call("GET", "/api/v1/users/" + id, null));
    assertThat(publicTag).as("the public view's tag names no version").matches("\"p-[A-Za-z0-9_-]{22}\"");
    HttpResponse<String> curator = call("PUT", "/api/v1/users/" + id + "/roles",
        "{\"roles\":[\"user\",\"curator\"]}", with(admin, "If-Match", adminsTag));
    assertThat(curator.statusCode()).as(curator.body()).isEqualTo(200);
    assertThat(json(curator).get("roles").toString()).contains("curator");
    assertThat(call("GET", "/api/v1/users/" + id, null, "If-None-Match", publicTag).statusCode())
        .as("a private change (roles) does not show in the public view's tag").isEqualTo(304);
    assertThat(call("PUT", "/api/v1/users/" + id + "/status", "{\"active\":false}",
        with(admin, "If-Match", publicTag)).statusCode()).as("a public tag guards no change").isEqualTo(412);
    HttpResponse<String> deactivated = call("PUT", "/api/v1/users/" + id + "/status", "{\"active\":false}",
        with(admin, "If-Match", etag(curator)));
    assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
    assertThat(call("GET", "/api/v1/me", null, me).statusCode()).isEqualTo(401);
  }

  // ---------------------------------------------------------------- sessions

  @Test
  void refreshRotatesAndAReusedTokenEndsTheSession() {
    register("rotator");
    JsonNode first = login("rotator", PASSWORD);
    HttpResponse<String> rotated = call("POST", "/api/v1/auth/refresh",
        "{\"refreshToken\":\"" + first.get("refreshToken").asText() + "\"}");
    assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
    JsonNode second = json(rotated);
    assertThat(second.get("tokenType").asText()).isEqualTo("Bearer");
    assertThat(second.get("expiresIn").asLong()).isEqualTo(900);
    assertThat(second.get("refreshToken").asText()).isNotEqualTo(first.get("refreshToken").asText());
    assertThat(call("GET", "/api/v1/me", null, bearer(second.get("accessToken").asText())).statusCode()).isEqualTo(200);

    // An access token is not a refresh token.
    assertThat(call("POST", "/api/v1/auth/refresh", "{\"refreshToken\":\"" + second.get("accessToken").asText()
        + "\"}").statusCode()).isEqualTo(401);

    // The first refresh token again: the whole session ends.
    assertThat(call("POST", "/api/v1/auth/refresh", "{\"refreshToken\":\"" + first.get("refreshToken").asText()
        + "\"}").statusCode()).isEqualTo(401);
    assertThat(call("POST", "/api/v1/auth/refresh", "{\"refreshToken\":\"" + second.get("refreshToken").asText()
        + "\"}").statusCode()).isEqualTo(401);
    assertThat(call("GET", "/api/v1/me", null, bearer(second.get("accessToken").asText())).statusCode()).isEqualTo(401);
  }

  @Test
  void logoutEndsTheSession() {
    register("leaver");
    JsonNode session = login("leaver", PASSWORD);
    String body = "{\"refreshToken\":\"" + session.get("refreshToken").asText() + "\"}";
    assertThat(call("POST", "/api/v1/auth/logout", body).statusCode()).isEqualTo(204);
    assertThat(call("GET", "/api/v1/me", null, bearer(session.get("accessToken").asText())).statusCode())
        .isEqualTo(401);
    assertThat(call("POST", "/api/v1/auth/refresh", body).statusCode()).isEqualTo(401);
    assertThat(call("POST", "/api/v1/auth/logout", "{}").statusCode()).isEqualTo(422);
  }

  @Test
  void changingThePasswordEndsTheOtherSessionsButNotTheApiKeys() {
    register("changer");
    String kept = token("changer", PASSWORD);
    String ended = token("changer", PASSWORD);
    String key = createKey(kept);
    HttpResponse<String> wrong = call("PATCH", "/api/v1/me",
        "{\"currentPassword\":\"not the password\",\"password\":\"a brand new secret\"}", bearer(kept));
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(call("GET", "/api/v1/me", null, bearer(ended)).statusCode()).isEqualTo(200);

    HttpResponse<String> changed = call("PATCH", "/api/v1/me",
        "{\"currentPassword\":\"" + PASSWORD + "\",\"password\":\"a brand new secret\"}", bearer(kept));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(call("GET", "/api/v1/me", null, bearer(kept)).statusCode()).isEqualTo(200);
    assertThat(call("GET", "/api/v1/me", null, bearer(ended)).statusCode()).isEqualTo(401);
    assertThat(call("GET", "/api/v1/me", null, apiKey(key)).statusCode())
        .as("API keys are credentials of their own, revoked one by one").isEqualTo(200);
    login("changer", "a brand new secret");
  }

  @Test
  void aRefusedNewPasswordNamesTheFieldTheClientSentAndANullPasswordIsRefused() throws Exception {
    register("namer");
    String token = token("namer", PASSWORD);

    HttpResponse<String> tooShort = call("PATCH", "/api/v1/me",
        "{\"currentPassword\":\"" + PASSWORD + "\",\"password\":\"x\"}", bearer(token));
    assertThat(tooShort.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(tooShort.body()).path("errors")).extracting(e -> e.path("field").asText())
        .containsExactly("password");

    for (String body : List.of("{\"password\":null,\"currentPassword\":\"" + PASSWORD + "\"}",
        "{\"fullName\":\"Renamed\",\"currentPassword\":null}")) {
      HttpResponse<String> refused = call("PATCH", "/api/v1/me", body, bearer(token));
      assertThat(refused.statusCode()).as(body).isEqualTo(422);
      assertThat(refused.body()).contains("a password cannot be removed");
    }
    assertThat(JSON.readTree(call("GET", "/api/v1/me", null, bearer(token)).body()).path("fullName").asText())
        .as("nothing changed").isNotEqualTo("Renamed");
    login("namer", PASSWORD);
  }

  @Test
  void anInactiveAccountCannotSignIn() {
    HttpResponse<String> r = call("POST", "/api/v1/auth/token",
        "{\"username\":\"inactive\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void unknownUserAndWrongPasswordLookTheSame() {
    String[] from = {"X-Forwarded-For", "198.51.100.20"};
    HttpResponse<String> unknown = call("POST", "/api/v1/auth/token",
        "{\"username\":\"nobody-here\",\"password\":\"whatever-it-is\"}", from);
    HttpResponse<String> wrong = call("POST", "/api/v1/auth/token",
        "{\"username\":\"owner\",\"password\":\"whatever-it-is\"}", from);
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(json(unknown).get("detail")).isEqualTo(json(wrong).get("detail"));
    assertThat(json(unknown).get("type")).isEqualTo(json(wrong).get("type"));
  }

  @Test
  void failedSignInsAreThrottledPerUsernameAndPerAddress() {
    register("throttled");
    String[] attacker = {"X-Forwarded-For", "203.0.113.7"};
    for (int i = 0; i < 10; i++) {
      assertThat(call("POST", "/api/v1/auth/token", "{\"username\":\"throttled\",\"password\":\"wrong-" + i + "\"}",
          attacker).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> limited = call("POST", "/api/v1/auth/token",
        "{\"username\":\"throttled\",\"password\":\"" + PASSWORD + "\"}", attacker);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
        v -> assertThat(Long.parseLong(v)).isBetween(1L, 300L));
    // The same username from elsewhere is refused too.
    assertThat(call("POST", "/api/v1/auth/token", "{\"username\":\"throttled\",\"password\":\"" + PASSWORD + "\"}",
        "X-Forwarded-For", "192.0.2.55").statusCode()).isEqualTo(429);
    // An address has a limit of its own (15 here, 100 by default): others sign in from it until it is reached.
    String owner = "{\"username\":\"owner\",\"password\":\"" + PASSWORD + "\"}";
    assertThat(call("POST", "/api/v1/auth/token", owner, attacker).statusCode()).isEqualTo(201);
    for (int i = 0; i < 5; i++) {
      assertThat(call("POST", "/api/v1/auth/token", "{\"username\":\"sprayed-" + i + "\",\"password\":\"guess\"}",
          attacker).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> addressBlocked = call("POST", "/api/v1/auth/token", owner, attacker);
    assertThat(addressBlocked.statusCode()).as(addressBlocked.body()).isEqualTo(429);
    assertThat(call("POST", "/api/v1/auth/token", owner, "X-Forwarded-For", "192.0.2.56").statusCode())
        .as("the account itself is not blocked").isEqualTo(201);
  }

  private static String passwordHashOf(String username) {
    return DB.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE username = :u")
        .bind("u", username).mapTo(String.class).one());
  }

  @Test
  void wrongCurrentPasswordsAreThrottledLikeSignIns() {
    register("guessed");
    String stolen = token("guessed", PASSWORD);
    String hashBefore = passwordHashOf("guessed");
    String[] attacker = {"Authorization", "Bearer " + stolen, "X-Forwarded-For", "203.0.113.77"};
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> wrong = call("PATCH", "/api/v1/me",
          "{\"currentPassword\":\"guess-" + i + "\",\"password\":\"taken over now\"}", attacker);
      assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
    }
    // Blocked: the right current password is refused too, and the password stays as it was.
    HttpResponse<String> limited = call("PATCH", "/api/v1/me",
        "{\"currentPassword\":\"" + PASSWORD + "\",\"password\":\"taken over now\"}", attacker);
    assertThat(limited.statusCode()).as(limited.body()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
        v -> assertThat(Long.parseLong(v)).isBetween(1L, 300L));
    // From another address too (the username is blocked), and sign-ins of the username are blocked.
    assertThat(call("PATCH", "/api/v1/me",
        "{\"currentPassword\":\"" + PASSWORD + "\",\"password\":\"taken over now\"}", "Authorization",
        "Bearer " + stolen, "X-Forwarded-For", "192.0.2.77").statusCode()).isEqualTo(429);
    assertThat(call("POST", "/api/v1/auth/token", "{\"username\":\"guessed\",\"password\":\"" + PASSWORD + "\"}",
        "X-Forwarded-For", "192.0.2.78").statusCode()).isEqualTo(429);
    // Other profile changes still go through.
    assertThat(call("PATCH", "/api/v1/me", "{\"fullName\":\"Still Me\"}", attacker).statusCode()).isEqualTo(200);

    assertThat(passwordHashOf("guessed")).isEqualTo(hashBefore);
    long audited = DB.jdbi().withHandle(h -> h.createQuery(
        "SELECT count(*) FROM audit_log WHERE action = 'user.password-check-failed' AND after->>'username' = 'guessed'"
            + " AND after->>'clientAddress' = '203.0.113.77'").mapTo(Long.class).one());
    assertThat(audited).isEqualTo(10);
  }

  // ---------------------------------------------------------------- accounts

  @Test
  void registrationRefusesBadInputAndDuplicatesAndCreatesNothing() {
    HttpResponse<String> invalid = call("POST", "/api/v1/users",
        "{\"username\":\"No Spaces!\",\"password\":\"short\",\"fullName\":\"\",\"email\":\"not-an-address\"}");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(json(invalid).get("errors").findValuesAsText("field"))
        .contains("username", "password", "fullName", "email");
    assertThat(call("POST", "/api/v1/users", "{\"username\":\"x\"").statusCode()).isEqualTo(400);
    assertThat(call("POST", "/api/v1/users", "{\"username\":\"owner2\",\"password\":\"" + PASSWORD
        + "\",\"fullName\":\"O\",\"isAdmin\":true}").statusCode()).isEqualTo(422);

    HttpResponse<String> taken = call("POST", "/api/v1/users", "{\"username\":\"OWNER\",\"password\":\"" + PASSWORD
        + "\",\"fullName\":\"Owner Again\"}");
    assertThat(taken.statusCode()).isEqualTo(409);
    HttpResponse<String> emailTaken = call("POST", "/api/v1/users", "{\"username\":\"owner-copy\",\"password\":\""
        + PASSWORD + "\",\"fullName\":\"Owner Copy\",\"email\":\"Owner@Example.org\"}");
    assertThat(emailTaken.statusCode()).isEqualTo(409);

    long users = DB.jdbi().withHandle(h -> h.createQuery(
        "SELECT count(*) FROM users WHERE lower(username) IN ('owner2', 'owner-copy', 'no spaces!')")
        .mapTo(Long.class).one());
    assertThat(users).isZero();
  }

  @Test
  void concurrentRegistrationsOfOneUsernameLetExactlyOneThrough() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> attempts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String name = i % 2 == 0 ? "racer" : "RACER";
        attempts.add(() -> call("POST", "/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
            + "\",\"fullName\":\"Racer\"}").statusCode());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(attempts)) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void apiKeysAreShownOnceAndListedWithoutTheSecret() {
    register("keyholder");
    String token = token("keyholder", PASSWORD);
    HttpResponse<String> created = call("POST", "/api/v1/me/api-keys", "{\"name\":\"laptop\"}", bearer(token));
    assertThat(created.statusCode()).isEqualTo(201);
    String key = json(created).get("key").asText();
    assertThat(key).contains(json(created).get("prefix").asText());
    String location = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
    HttpResponse<String> read = call("GET", location, null, bearer(token));
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(json(read).get("id")).isEqualTo(json(created).get("id"));
    assertThat(json(read).has("key")).as("the secret is shown once").isFalse();
    String keyTag = read.headers().firstValue("ETag").orElseThrow();
    assertThat(call("GET", location, null, with(bearer(token), "If-None-Match", keyTag)).statusCode()).isEqualTo(304);
    assertThat(call("GET", location, null, CREDENTIALS.get("another user")).statusCode()).isEqualTo(404);

    assertThat(call("GET", "/api/v1/me", null, apiKey(key)).statusCode()).isEqualTo(200);
    JsonNode listed = json(call("GET", "/api/v1/me/api-keys", null, bearer(token))).get("items").get(0);
    assertThat(call("DELETE", location, null, bearer(token)).statusCode()).isEqualTo(204);
    assertThat(call("GET", location, null, with(bearer(token), "If-None-Match", keyTag)).statusCode())
        .as("revoked: another representation").isEqualTo(200);
    assertThat(listed.get("name").asText()).isEqualTo("laptop");
    assertThat(listed.has("key")).isFalse();
    assertThat(listed.has("lastUsedAt")).isTrue();
    assertThat(call("POST", "/api/v1/me/api-keys", "{}", bearer(token)).statusCode()).isEqualTo(422);

    // Both credentials at once, or the key in another form, are refused.
    assertThat(call("GET", "/api/v1/me", null, "X-API-Key", key, "Authorization", "Bearer " + token).statusCode())
        .isEqualTo(401);
    assertThat(call("GET", "/api/v1/me", null, "Authorization", "Basic a2V5OnNlY3JldA==").statusCode())
        .isEqualTo(401);
    assertThat(call("GET", "/api/v1/me?access_token=" + token, null).statusCode()).isEqualTo(401);
  }

  @Test
  void anApiKeyCannotMakeKeysNorMoveTheAccountsEmailOrPassword() {
    register("leaky");
    String token = token("leaky", PASSWORD);
    String key = createKey(token);

    HttpResponse<String> spawned = call("POST", "/api/v1/me/api-keys", "{\"name\":\"backdoor\"}", apiKey(key));
    assertThat(spawned.statusCode()).as(spawned.body()).isEqualTo(403);
    assertThat(json(spawned).path("code").asText()).isEqualTo("SessionRequired");
    for (String change : List.of("{\"email\":\"attacker@example.org\"}",
        "{\"currentPassword\":\"" + PASSWORD + "\",\"password\":\"taken over by a key\"}")) {
      HttpResponse<String> refused = call("PATCH", "/api/v1/me", change, apiKey(key));
      assertThat(refused.statusCode()).as(change + ": " + refused.body()).isEqualTo(403);
      assertThat(json(refused).path("code").asText()).isEqualTo("SessionRequired");
    }
    JsonNode me = json(call("GET", "/api/v1/me", null, bearer(token)));
    assertThat(me.path("email").asText()).as("e-mail unchanged").isEqualTo("leaky@example.org");
    assertThat(json(call("GET", "/api/v1/me/api-keys?includeTotal=true", null, bearer(token))).path("page")
        .path("total").asLong()).as("no key made by the key").isEqualTo(1);
    login("leaky", PASSWORD);

    HttpResponse<String> renamed = call("PATCH", "/api/v1/me", "{\"fullName\":\"Still Leaky\"}", apiKey(key));
    assertThat(renamed.statusCode()).as("the rest of the profile is the key's to change").isEqualTo(200);
    assertThat(call("POST", "/api/v1/me/api-keys", "{\"name\":\"second\"}", bearer(token)).statusCode())
        .as("a session makes keys").isEqualTo(201);
  }

  @Test
  void readsMadeWithCredentialsArePrivateToCaches() {
    register("private-reader");
    String token = token("private-reader", PASSWORD);
    String key = createKey(token);
    for (String[] credential : List.of(bearer(token), apiKey(key))) {
      HttpResponse<String> me = call("GET", "/api/v1/me", null, credential);
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.headers().firstValue("Cache-Control")).as(credential[0]).hasValue("private");
    }
    assertThat(call("GET", "/api/v1/songs", null).headers().firstValue("Cache-Control"))
        .as("an anonymous read says nothing of caches").isEmpty();
  }

  @Test
  void apiKeysAreCountedOnlyWhenAsked() {
    register("keycounter");
    String token = token("keycounter", PASSWORD);
    for (String name : List.of("one", "two", "three")) {
      assertThat(call("POST", "/api/v1/me/api-keys", "{\"name\":\"" + name + "\"}", bearer(token)).statusCode())
          .isEqualTo(201);
    }
    String oldest = json(call("GET", "/api/v1/me/api-keys?limit=3", null, bearer(token))).get("items").get(2)
        .get("id").asText();
    assertThat(call("DELETE", "/api/v1/me/api-keys/" + oldest, null, bearer(token)).statusCode()).isEqualTo(204);

    HttpResponse<String> counted = call("GET", "/api/v1/me/api-keys?limit=2&includeTotal=true", null, bearer(token));
    assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
    JsonNode first = json(counted);
    assertThat(first.get("items")).hasSize(2);
    // Revoked keys are listed, so they are counted; other users' keys are neither.
    assertThat(first.get("page").get("total").asLong()).isEqualTo(3);
    JsonNode second = json(call("GET", "/api/v1/me/api-keys?limit=2&includeTotal=true&cursor="
        + first.get("page").get("next").asText(), null, bearer(token)));
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("page").get("total").asLong()).isEqualTo(3);

    JsonNode plain = json(call("GET", "/api/v1/me/api-keys?limit=2", null, bearer(token)));
    assertThat(plain.get("items")).hasSize(2);
    assertThat(plain.get("page").has("total")).isFalse();
    assertThat(json(call("GET", "/api/v1/me/api-keys?includeTotal=false", null, bearer(token))).get("page")
        .has("total")).isFalse();
    assertThat(call("GET", "/api/v1/me/api-keys?includeTotal=yes", null, bearer(token)).statusCode()).isEqualTo(400);
  }

  // ---------------------------------------------------------------- audit

  @Test
  void theAuditTrailIsCountedUnderItsFiltersOnlyWhenAsked() {
    String admin = CREDENTIALS.get("admin")[1].substring("Bearer ".length());
    String filters = "resourceType=user&resourceId=" + curator;
    long stored = DB.jdbi().withHandle(h -> h.createQuery(
            "SELECT count(*) FROM audit_log WHERE resource_type = 'user' AND resource_id = :id")
        .bind("id", curator).mapTo(Long.class).one());
    assertThat(stored).isGreaterThanOrEqualTo(2); // registered, then given the curator role

    HttpResponse<String> counted = call("GET", "/api/v1/admin/audit?" + filters + "&limit=1&includeTotal=true",
        null, bearer(admin));
    assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
    JsonNode first = json(counted);
    assertThat(first.get("items")).hasSize(1);
    assertThat(first.get("page").get("total").asLong()).isEqualTo(stored);
    JsonNode second = json(call("GET", "/api/v1/admin/audit?" + filters + "&limit=1&includeTotal=true&cursor="
        + first.get("page").get("next").asText(), null, bearer(admin)));
    assertThat(second.get("page").get("total").asLong()).isEqualTo(stored);
    JsonNode all = json(call("GET", "/api/v1/admin/audit?" + filters + "&limit=100", null, bearer(admin)));
    assertThat(all.get("items").findValuesAsText("resourceId")).hasSize((int) stored).containsOnly(curator);
    assertThat(all.get("page").has("total")).isFalse();
    JsonNode upper = json(call("GET", "/api/v1/admin/audit?resourceType=user&resourceId="
        + curator.toUpperCase(java.util.Locale.ROOT) + "&limit=100", null, bearer(admin)));
    assertThat(upper.get("items")).as("an id in capitals names the same resource").isEqualTo(all.get("items"));
    JsonNode granted = null;
    for (JsonNode entry : all.get("items")) {
      if (entry.path("after").path("roles").toString().contains("curator")) {
        granted = entry;
      }
    }
    assertThat(granted).as("the entry that granted the curator role").isNotNull();
    assertThat(granted.path("after").path("roles").isArray()).as(granted.toString()).isTrue();
    assertThat(granted.path("after").path("roles")).extracting(JsonNode::asText).containsExactly("curator", "user");

    // Unfiltered, the total is the whole trail; a filter nothing matches counts zero.
    long everything = DB.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log")
        .mapTo(Long.class).one());
    JsonNode unfiltered = json(call("GET", "/api/v1/admin/audit?includeTotal=true", null, bearer(admin)));
    assertThat(unfiltered.get("page").get("total").asLong()).isEqualTo(everything).isGreaterThan(stored);
    JsonNode none = json(call("GET", "/api/v1/admin/audit?actor=nobody&includeTotal=true", null, bearer(admin)));
    assertThat(none.get("items")).isEmpty();
    assertThat(none.get("page").get("total").asLong()).isZero();
    assertThat(call("GET", "/api/v1/admin/audit?includeTotal=yes", null, bearer(admin)).statusCode())
        .isEqualTo(400);
  }

  @Test
  void accountEventsAreAuditedWithoutSecrets() {
    String admin = CREDENTIALS.get("admin")[1].substring("Bearer ".length());
    HttpResponse<String> page = call("GET", "/api/v1/admin/audit?resourceType=user&limit=100", null, bearer(admin));
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    List<String> actions = json(page).get("items").findValuesAsText("action");
    assertThat(actions).contains("user.register", "user.status-change", "user.roles-change");

    HttpResponse<String> mine = call("GET", "/api/v1/admin/audit?resourceId=" + curator, null, bearer(admin));
    assertThat(json(mine).get("items").findValuesAsText("resourceId")).isNotEmpty().containsOnly(curator);
    assertThat(call("GET", "/api/v1/admin/audit?since=yesterday", null, bearer(admin)).statusCode()).isEqualTo(400);

    String everything = DB.jdbi().withHandle(h -> h.createQuery(
        "SELECT coalesce(string_agg(before::text || after::text, ' '), '') FROM audit_log").mapTo(String.class).one());
    assertThat(everything).doesNotContain(PASSWORD).doesNotContain(ADMIN_PASSWORD).doesNotContain("$2")
        .doesNotContainIgnoringCase("passwordHash").doesNotContainIgnoringCase("secretHash");
  }
}
