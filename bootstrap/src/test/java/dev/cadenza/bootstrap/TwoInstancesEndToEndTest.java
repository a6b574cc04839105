package dev.cadenza.bootstrap;

import static dev.cadenza.bootstrap.Client.json;
import static dev.cadenza.bootstrap.Client.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.cache.testing.TestRedis;
import dev.cadenza.adapters.persistence.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances of the service sharing one PostgreSQL and one Redis (CADENZA_TEST_REDIS_URL, or a
 * redis-server the tests start): a write acknowledged by one is never followed by a stale cached
 * read on the other, and login failures count across both.
 */
@ExtendWith({ForgetConfigOverrides.class, DropwizardExtensionsSupport.class})
class TwoInstancesEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();
  private static final String PREFIX = "cadenza-e2e-" + UUID.randomUUID();

  static final DropwizardAppExtension<CadenzaConfiguration> ONE = instance();
  static final DropwizardAppExtension<CadenzaConfiguration> TWO = instance();

  private final Client one = new Client(ONE);
  private final Client two = new Client(TWO);

  private static DropwizardAppExtension<CadenzaConfiguration> instance() {
    try {
      return EndToEndApps.app(DB, Files.createTempDirectory("cadenza-two").toString(),
          ConfigOverride.config("auth.adminUsername", "e2e-admin"),
          ConfigOverride.config("auth.adminPassword", "e2e-admin-password"),
          ConfigOverride.config("auth.loginFailureLimit", "3"),
          ConfigOverride.config("auth.loginFailureWindow", "2 seconds"),
          ConfigOverride.config("auth.jwtKeys", "k1:" + "c2hhcmVkLXRlc3Qta2V5LW9mLWF0LWxlYXN0LTMyLWJ5dGVz"),
          ConfigOverride.config("cache.redisUrl", TestRedis.sharedUrl().toString()),
          ConfigOverride.config("cache.keyPrefix", PREFIX));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void dropSchema() {
    DB.close();
  }

  @Test
  void aWriteOnOneInstanceIsReadFreshOnTheOther() {
    String admin = one.token("e2e-admin", "e2e-admin-password", false);
    String song = one.song(admin, "Both Sides Now");
    String fan = one.newUser();
    two.get("/api/v1/songs/" + song + "/likes", null);
    assertThat(source(two.get("/api/v1/songs/" + song + "/likes", null))).isEqualTo("cache");
    two.get("/api/v1/songs/" + song, null);

    for (int i = 1; i <= 6; i++) {
      Client writer = i % 2 == 0 ? one : two;
      Client reader = writer == one ? two : one;
      String method = i % 2 == 1 ? "PUT" : "DELETE";
      HttpResponse<String> write = writer.send(method, writer.url("/api/v1/songs/" + song + "/likes/me"), fan, null);
      assertThat(write.statusCode()).isIn(200, 204);
      long expected = i % 2 == 1 ? 1 : 0;

      HttpResponse<String> read = reader.get("/api/v1/songs/" + song + "/likes", null);
      assertThat(json(read).path("count").asLong()).as("read %d on the other instance", i).isEqualTo(expected);
      assertThat(source(read)).isEqualTo("database");
      HttpResponse<String> again = reader.get("/api/v1/songs/" + song + "/likes", null);
      assertThat(source(again)).isEqualTo("cache");
      assertThat(json(again).path("count").asLong()).isEqualTo(expected);
      assertThat(json(reader.get("/api/v1/songs/" + song, null)).path("likes").asLong()).isEqualTo(expected);
    }

    HttpResponse<String> renamed = one.send("PATCH", one.url("/api/v1/songs/" + song), admin, "{\"title\":\"Renamed\"}");
    assertThat(renamed.statusCode()).isEqualTo(200);
    assertThat(json(two.get("/api/v1/songs/" + song, null)).path("title").asText()).isEqualTo("Renamed");
    HttpResponse<String> rated = two.post("/api/v1/songs/" + song + "/ratings", fan, "{\"score\":9}");
    assertThat(rated.statusCode()).isEqualTo(201);
    assertThat(json(one.get("/api/v1/songs/" + song, null)).path("rating").path("count").asLong()).isEqualTo(1);
    assertThat(one.get("/status", null).body()).contains("\"cache\":\"up\"");
  }

  @Test
  void aSearchCachedOnOneInstanceNeverHidesAWriteAcknowledgedByTheOther() {
    String admin = one.token("e2e-admin", "e2e-admin-password", false);
    String search = "/api/v1/songs?title=" + "tidewater";
    assertThat(json(two.get(search, null)).path("items")).isEmpty();
    assertThat(source(two.get(search, null))).isEqualTo("cache");

    String song = one.song(admin, "Tidewater Blues");
    HttpResponse<String> fresh = two.get(search, null);
    assertThat(source(fresh)).isEqualTo("database");
    assertThat(json(fresh).path("items")).hasSize(1);
    assertThat(json(fresh).path("items").get(0).path("id").asText()).isEqualTo(song);
    assertThat(source(two.get(search, null))).isEqualTo("cache");

    assertThat(two.send("PATCH", two.url("/api/v1/songs/" + song), admin, "{\"title\":\"Low Tide\"}").statusCode())
        .isEqualTo(200);
    assertThat(json(one.get(search, null)).path("items")).isEmpty();
    assertThat(json(one.get("/api/v1/songs?title=low%20tide", null)).path("items")).hasSize(1);
  }

  @Test
  void aPlaylistPageCachedOnOneInstanceNeverHidesAnEntryOrSongChangeMadeOnTheOther() {
    String admin = one.token("e2e-admin", "e2e-admin-password", false);
    String first = one.song(admin, "Harbour Lights");
    String second = one.song(admin, "Night Ferry");
    String owner = one.newUser();
    HttpResponse<String> created = one.post("/api/v1/playlists", owner,
        "{\"name\":\"Crossing\",\"visibility\":\"private\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String playlist = json(created).path("id").asText();
    String entries = "/api/v1/playlists/" + playlist + "/entries";
    assertThat(one.post(entries, owner, "{\"songIds\":[\"" + first + "\"]}").statusCode()).isEqualTo(201);

    assertThat(json(two.get(entries, owner)).path("items")).hasSize(1);
    assertThat(source(two.get(entries, owner))).isEqualTo("cache");

    assertThat(one.post(entries, owner, "{\"songIds\":[\"" + second + "\"]}").statusCode()).isEqualTo(201);
    HttpResponse<String> afterAdd = two.get(entries, owner);
    assertThat(json(afterAdd).path("items")).hasSize(2);
    assertThat(json(afterAdd).path("items").get(1).path("song").path("title").asText()).isEqualTo("Night Ferry");
    assertThat(json(two.get("/api/v1/playlists/" + playlist, owner)).path("entryCount").asInt()).isEqualTo(2);

    assertThat(one.send("PATCH", one.url("/api/v1/songs/" + second), admin, "{\"title\":\"Last Ferry\"}")
        .statusCode()).isEqualTo(200);
    assertThat(json(two.get(entries, owner)).path("items").get(1).path("song").path("title").asText())
        .isEqualTo("Last Ferry");
  }

  /**
   * Accounts are kept in each instance's memory for credential checks (documented to lag other
   * instances' changes by the credential cache's TTL), but an account shown to a caller is read
   * fresh: a change acknowledged by one instance is what the other shows next, with its new ETag.
   */
  @Test
  void anAccountChangedOnOneInstanceIsShownChangedOnTheOther() {
    String admin = one.token("e2e-admin", "e2e-admin-password", false);
    String user = one.newUser();
    HttpResponse<String> before = two.get("/api/v1/me", user);
    assertThat(before.statusCode()).isEqualTo(200);
    String id = json(before).path("id").asText();
    String oldTag = before.headers().firstValue("ETag").orElseThrow();
    assertThat(json(two.get("/api/v1/users/" + id, admin)).path("roles").toString()).doesNotContain("curator");

    HttpResponse<String> renamed = one.send("PATCH", one.url("/api/v1/me"), user, "{\"fullName\":\"New Name\"}");
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    HttpResponse<String> after = two.get("/api/v1/me", user);
    assertThat(json(after).path("fullName").asText()).isEqualTo("New Name");
    assertThat(after.headers().firstValue("ETag")).isEqualTo(renamed.headers().firstValue("ETag"));
    HttpResponse<String> revalidated = two.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(two.url("/api/v1/me")))
        .header("Authorization", "Bearer " + user).header("If-None-Match", oldTag).GET());
    assertThat(revalidated.statusCode()).as("the old tag is not current any more").isEqualTo(200);
    assertThat(json(two.get("/api/v1/users/" + id, null)).path("fullName").asText()).isEqualTo("New Name");

    HttpResponse<String> promoted = one.send("PUT", one.url("/api/v1/users/" + id + "/roles"), admin,
        "{\"roles\":[\"user\",\"curator\"]}");
    assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
    assertThat(json(two.get("/api/v1/users/" + id, admin)).path("roles").toString()).contains("\"curator\"");
  }

  @Test
  void loginFailuresCountAcrossInstances() throws InterruptedException {
    String user = "u" + UUID.randomUUID().toString().substring(0, 8);
    one.token(user, "the-right-password", true);
    String wrong = "{\"username\":\"" + user + "\",\"password\":\"wrong-password\"}";
    assertThat(one.post("/api/v1/auth/token", null, wrong).statusCode()).isEqualTo(401);
    assertThat(two.post("/api/v1/auth/token", null, wrong).statusCode()).isEqualTo(401);
    assertThat(one.post("/api/v1/auth/token", null, wrong).statusCode()).isEqualTo(401);

    HttpResponse<String> blocked = two.post("/api/v1/auth/token", null, wrong);
    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
    // the address has a limit of its own (100 by default): others still sign in from it
    String other = "u" + UUID.randomUUID().toString().substring(0, 8);
    one.token(other, "the-right-password", true);
  }
}
