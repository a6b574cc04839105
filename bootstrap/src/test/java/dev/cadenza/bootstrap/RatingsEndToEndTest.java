package dev.cadenza.bootstrap;

import static dev.cadenza.bootstrap.Client.json;
import static dev.cadenza.bootstrap.Client.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Meter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.RestModule;
import dev.cadenza.adapters.persistence.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ratings, likes and charts through the whole service on real PostgreSQL, with the in-process cache
 * (no CADENZA_REDIS_URL): the embedded run behaves the same as one on Redis.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RatingsEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();

  static final DropwizardAppExtension<CadenzaConfiguration> APP = EndToEndApps.app(DB,
      EndToEndApps.tempDir("cadenza-ratings-e2e"),
      ConfigOverride.config("auth.adminUsername", "e2e-admin"),
      ConfigOverride.config("auth.adminPassword", "e2e-admin-password"),
      ConfigOverride.config("cache.chartTtl", "200 milliseconds"),
      ConfigOverride.config("cache.redisUrl", ""));

  private static String admin;
  private final Client client = new Client(APP);

  @AfterAll
  static void dropSchema() {
    DB.close();
  }

  private synchronized String admin() {
    if (admin == null) {
      admin = client.token("e2e-admin", "e2e-admin-password", false);
    }
    return admin;
  }

  @Test
  void ratingsChangeTheSongsFiguresAtOnceAndDuplicatesAreConflicts() {
    String song = client.song(admin(), "Feeling Good");
    String ada = client.newUser();
    String bob = client.newUser();

    HttpResponse<String> created = client.post("/api/v1/songs/" + song + "/ratings", ada, "{\"score\":8}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/api/v1/songs/" + song + "/ratings/" + json(created).get("id").asText());

    HttpResponse<String> again = client.post("/api/v1/songs/" + song + "/ratings", ada, "{\"score\":3}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith(
        location.substring(location.indexOf("/api/")));
    client.post("/api/v1/songs/" + song + "/ratings", bob, "{\"score\":5}");

    JsonNode shown = json(client.get("/api/v1/songs/" + song, null));
    assertThat(shown.path("rating").path("count").asLong()).isEqualTo(2);
    assertThat(shown.path("rating").path("average").decimalValue()).isEqualByComparingTo("6.50");

    String path = location.substring(location.indexOf("/api/"));
    assertThat(client.send("PATCH", client.url(path), bob, "{\"score\":1}").statusCode()).isEqualTo(403);
    assertThat(client.send("PATCH", client.url(path), ada, "{\"score\":10}").statusCode()).isEqualTo(200);
    assertThat(json(client.get("/api/v1/songs/" + song, null)).path("rating").path("average").decimalValue())
        .isEqualByComparingTo("7.50");
    assertThat(client.send("DELETE", client.url(path), bob, null).statusCode()).isEqualTo(403);
    assertThat(client.send("DELETE", client.url(path), ada, null).statusCode()).isEqualTo(204);
    assertThat(json(client.get("/api/v1/songs/" + song, null)).path("rating").path("count").asLong()).isEqualTo(1);
    assertThat(json(client.get("/api/v1/songs/" + song + "/ratings", null)).path("items")).hasSize(1);
  }

  @Test
  void badScoresAre422AndUnknownItems404() {
    String song = client.song(admin(), "Sinnerman");
    String ada = client.newUser();
    for (String body : List.of("{\"score\":0}", "{\"score\":11}", "{\"score\":2.5}", "{\"score\":\"7\"}", "{}")) {
      assertThat(client.post("/api/v1/songs/" + song + "/ratings", ada, body).statusCode()).as(body).isEqualTo(422);
    }
    String unknown = UUID.randomUUID().toString();
    assertThat(client.post("/api/v1/songs/" + unknown + "/ratings", ada, "{\"score\":5}").statusCode()).isEqualTo(404);
    assertThat(client.post("/api/v1/albums/" + unknown + "/ratings", ada, "{\"score\":5}").statusCode()).isEqualTo(404);
    assertThat(client.send("PUT", client.url("/api/v1/songs/" + unknown + "/likes/me"), ada, null).statusCode())
        .isEqualTo(404);
    assertThat(client.get("/api/v1/albums/" + unknown + "/likes", null).statusCode()).isEqualTo(404);
  }

  @Test
  void aStaleIfMatchShowsTheCurrentSongAndAlbumWithTheirFigures() {
    String song = client.song(admin(), "Strange Fruit");
    String album = client.album(admin(), "Lady Sings");
    String ada = client.newUser();
    // tags of ours naming a version that is not the current one: the domain's version check refuses them
    Map<String, String> staleTags = Map.of("/api/v1/songs/" + song, "\"7\"", "/api/v1/albums/" + album, "\"7-0\"");
    for (String item : staleTags.keySet()) {
      assertThat(client.send("PUT", client.url(item + "/likes/me"), ada, null).statusCode()).isEqualTo(200);
      assertThat(client.post(item + "/ratings", ada, "{\"score\":9}").statusCode()).isEqualTo(201);
      HttpResponse<String> read = client.get(item, admin());
      String etag = read.headers().firstValue("ETag").orElseThrow();

      for (String method : List.of("PATCH", "DELETE")) {
        HttpRequest.Builder stale = HttpRequest.newBuilder(URI.create(client.url(item)))
            .header("Authorization", "Bearer " + admin()).header("If-Match", staleTags.get(item));
        if (method.equals("PATCH")) {
          stale.header("Content-Type", "application/merge-patch+json")
              .method(method, HttpRequest.BodyPublishers.ofString("{\"year\":1999}"));
        } else {
          stale.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> refused = client.send(stale);
        assertThat(refused.statusCode()).as(method + " " + item + ": " + refused.body()).isEqualTo(412);
        JsonNode problem = json(refused);
        assertThat(problem.path("code").asText()).isEqualTo("StaleVersion");
        assertThat(problem.path("current").path("likes").asLong()).as(refused.body()).isEqualTo(1);
        assertThat(problem.path("current").path("rating").path("count").asLong()).isEqualTo(1);
        assertThat(refused.headers().firstValue("ETag")).contains(etag);
      }
      assertThat(client.get(item, null).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void creatingPostsWithAnIdempotencyKeyTakeEffectOnce() {
    String marker = "once" + UUID.randomUUID().toString().substring(0, 8);
    String songBody = "{\"title\":\"" + marker + " song\",\"performer\":\"Nina Simone\",\"genre\":\"Jazz\",\"year\":1965}";
    String albumBody = "{\"title\":\"" + marker + " album\",\"year\":1965}";
    for (String[] create : List.of(new String[] {"/api/v1/songs", songBody}, new String[] {"/api/v1/albums", albumBody})) {
      String path = create[0];
      HttpResponse<String> first = keyed(path, admin(), marker + path, create[1]);
      HttpResponse<String> retry = keyed(path, admin(), marker + path, create[1]);
      assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
      assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
      assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
      assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
      assertThat(json(retry).get("id").asText()).isEqualTo(json(first).get("id").asText());
      assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
      assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
      HttpResponse<String> reused = keyed(path, admin(), marker + path, create[1].replace("1965", "1966"));
      assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
      assertThat(json(reused).path("code").asText()).isEqualTo("IdempotencyKeyReused");
      assertThat(keyed(path, admin(), "has space", create[1]).statusCode()).isEqualTo(400);
      JsonNode found = json(client.get(path + "?title=" + marker + "&includeTotal=true", null));
      assertThat(found.path("page").path("total").asLong()).as(found.toString()).isEqualTo(1);
    }

    String song = json(keyed("/api/v1/songs", admin(), marker + "/api/v1/songs", songBody)).get("id").asText();
    String ada = client.newUser();
    String ratings = "/api/v1/songs/" + song + "/ratings";
    HttpResponse<String> rated = keyed(ratings, ada, "rate-1", "{\"score\":7}");
    HttpResponse<String> retried = keyed(ratings, ada, "rate-1", "{\"score\":7}");
    assertThat(rated.statusCode()).as(rated.body()).isEqualTo(201);
    assertThat(retried.statusCode()).as("a retry replays the 201, not a 409").isEqualTo(201);
    assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(json(retried).get("id").asText()).isEqualTo(json(rated).get("id").asText());
    assertThat(keyed(ratings, ada, "rate-2", "{\"score\":7}").statusCode()).as("another key is another rating")
        .isEqualTo(409);
    assertThat(json(client.get("/api/v1/songs/" + song, null)).path("rating").path("count").asLong()).isEqualTo(1);
  }

  private HttpResponse<String> keyed(String path, String token, String key, String body) {
    return client.send(HttpRequest.newBuilder(URI.create(client.url(path)))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void concurrentDuplicateRatingsByOneUserMakeExactlyOne201() throws Exception {
    String song = client.song(admin(), "I Put a Spell on You");
    String ada = client.newUser();
    int racers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    try {
      for (int i = 0; i < racers; i++) {
        statuses.add(pool.submit(() -> {
          start.await();
          return client.post("/api/v1/songs/" + song + "/ratings", ada, "{\"score\":7}").statusCode();
        }));
      }
      start.countDown();
      List<Integer> seen = new ArrayList<>();
      for (Future<Integer> f : statuses) {
        seen.add(f.get());
      }
      assertThat(seen).filteredOn(s -> s == 201).hasSize(1);
      assertThat(seen).filteredOn(s -> s == 409).hasSize(racers - 1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(json(client.get("/api/v1/songs/" + song, null)).path("rating").path("count").asLong()).isEqualTo(1);
  }

  @Test
  void likeCountsComeFromTheCacheWhenWarmAndFromTheDatabaseAfterAChange() {
    String song = client.song(admin(), "Here Comes the Sun");
    String ada = client.newUser();
    client.get("/api/v1/songs/" + song + "/likes", null);

    HttpResponse<String> warm = client.get("/api/v1/songs/" + song + "/likes", null);
    assertThat(source(warm)).isEqualTo("cache");
    assertThat(json(warm).path("count").asLong()).isZero();

    HttpResponse<String> liked = client.send("PUT", client.url("/api/v1/songs/" + song + "/likes/me"), ada, null);
    assertThat(liked.statusCode()).isEqualTo(200);
    assertThat(client.send("PUT", client.url("/api/v1/songs/" + song + "/likes/me"), ada, null).statusCode())
        .isEqualTo(200);

    HttpResponse<String> after = client.get("/api/v1/songs/" + song + "/likes", null);
    assertThat(source(after)).isEqualTo("database");
    assertThat(json(after).path("count").asLong()).isEqualTo(1);
    assertThat(json(client.get("/api/v1/songs/" + song + "/likes", ada)).path("likedByMe").asBoolean()).isTrue();
    HttpResponse<String> songRead = client.get("/api/v1/songs/" + song, null);
    assertThat(json(songRead).path("likes").asLong()).isEqualTo(1);
    assertThat(source(client.get("/api/v1/songs/" + song, null))).isEqualTo("cache");

    assertThat(client.send("DELETE", client.url("/api/v1/songs/" + song + "/likes/me"), ada, null).statusCode())
        .isEqualTo(204);
    HttpResponse<String> unliked = client.get("/api/v1/songs/" + song + "/likes", ada);
    assertThat(source(unliked)).isEqualTo("database");
    assertThat(json(unliked).path("count").asLong()).isZero();
    assertThat(json(unliked).path("likedByMe").asBoolean()).isFalse();
  }

  @Test
  void anonymousLikeCountsAndChartsAnsweredBeforeJerseyAreTheResourcesAnswers() {
    String song = client.song(admin(), "Cry Me a River");
    String album = client.album(admin(), "Blue " + UUID.randomUUID());
    String ada = client.newUser();
    assertThat(client.send("PUT", client.url("/api/v1/songs/" + song + "/likes/me"), ada, null).statusCode())
        .isEqualTo(200);
    assertThat(client.post("/api/v1/songs/" + song + "/ratings", ada, "{\"score\":9}").statusCode()).isEqualTo(201);
    Meter shortcut = APP.getEnvironment().metrics().meter(RestModule.PUBLIC_READS_METER);

    for (String path : List.of("/api/v1/songs/" + song + "/likes", "/api/v1/albums/" + album + "/likes",
        "/api/v1/charts/songs", "/api/v1/charts/albums?by=LIKES&limit=5", "/api/v1/charts/songs?limit=100&by=rating")) {
      // an Accept header with a parameter is not the plain form the filter answers, and reads the same
      HttpRequest.Builder throughJersey = HttpRequest.newBuilder(URI.create(client.url(path)))
          .header("Accept", "application/json;q=1");
      client.send(throughJersey);
      long before = shortcut.getCount();
      HttpResponse<String> shortcutAnswer = client.get(path, null);
      assertThat(shortcut.getCount()).as(path).isEqualTo(before + 1);
      HttpResponse<String> jerseyAnswer = client.send(throughJersey);
      assertThat(shortcut.getCount()).as(path).isEqualTo(before + 1);

      assertThat(shortcutAnswer.statusCode()).as(path).isEqualTo(200).isEqualTo(jerseyAnswer.statusCode());
      assertThat(shortcutAnswer.body()).as(path).isEqualTo(jerseyAnswer.body());
      Map<String, List<String>> headers = new TreeMap<>(shortcutAnswer.headers().map());
      Map<String, List<String>> jerseyHeaders = new TreeMap<>(jerseyAnswer.headers().map());
      // the date may tick between the answers; a chart (200 ms here) may expire between them
      for (String varying : List.of("date", "x-data-source")) {
        headers.remove(varying);
        jerseyHeaders.remove(varying);
      }
      assertThat(headers).as(path).isEqualTo(jerseyHeaders).containsKeys("content-type", "vary", "content-length");
      assertThat(source(shortcutAnswer)).as(path).isIn("cache", "database");
      if (path.endsWith("/likes")) {
        assertThat(source(shortcutAnswer)).as(path).isEqualTo("cache").isEqualTo(source(jerseyAnswer));
      }
    }
    assertThat(json(client.get("/api/v1/songs/" + song + "/likes", null)).path("count").asLong()).isEqualTo(1);

    // what the filter leaves alone: a signed-in caller's count (with likedByMe), problems, HEAD
    long before = shortcut.getCount();
    assertThat(json(client.get("/api/v1/songs/" + song + "/likes", ada)).path("likedByMe").asBoolean()).isTrue();
    HttpResponse<String> unknown = client.get("/api/v1/songs/" + UUID.randomUUID() + "/likes", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(client.get("/api/v1/charts/songs?limit=0", null).statusCode()).isEqualTo(422);
    assertThat(client.get("/api/v1/charts/songs?by=stars", null).statusCode()).isEqualTo(400);
    assertThat(client.get("/api/v1/charts/songs?top=5", null).statusCode()).isEqualTo(400);
    assertThat(client.send("HEAD", client.url("/api/v1/songs/" + song + "/likes"), null, null).statusCode())
        .isEqualTo(200);
    assertThat(shortcut.getCount()).isEqualTo(before);
  }

  @Test
  void pagesThatOnlyTheDatabaseServesSayDatabaseEvenWhenTheirItemIsCached() {
    String song = client.song(admin(), "Blackbird");
    String album = client.album(admin(), "White Album " + UUID.randomUUID());
    String ada = client.newUser();
    assertThat(client.post("/api/v1/songs/" + song + "/ratings", ada, "{\"score\":8}").statusCode()).isEqualTo(201);
    client.get("/api/v1/songs/" + song, null);
    client.get("/api/v1/albums/" + album, null);
    assertThat(source(client.get("/api/v1/songs/" + song, null))).as("the song itself is cached").isEqualTo("cache");

    for (int i = 0; i < 2; i++) {
      HttpResponse<String> ratings = client.get("/api/v1/songs/" + song + "/ratings", null);
      assertThat(ratings.statusCode()).isEqualTo(200);
      assertThat(source(ratings)).as("a page of ratings, read %d", i + 1).isEqualTo("database");
      HttpResponse<String> albums = client.get("/api/v1/albums?sort=title", null);
      assertThat(albums.statusCode()).isEqualTo(200);
      assertThat(source(albums)).as("a list of albums, read %d", i + 1).isEqualTo("database");
    }
  }

  @Test
  void chartsNeedTheMinimumCountAndFollowWithinTheirTtl() throws Exception {
    String album = client.album(admin(), "Pastel Blues " + UUID.randomUUID());
    List<String> fans = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      fans.add(client.newUser());
    }
    client.post("/api/v1/albums/" + album + "/ratings", fans.get(0), "{\"score\":10}");
    client.post("/api/v1/albums/" + album + "/ratings", fans.get(1), "{\"score\":10}");
    Thread.sleep(300);
    JsonNode before = json(client.get("/api/v1/charts/albums?by=rating&limit=100", null));
    assertThat(before.path("items").findValuesAsText("id")).doesNotContain(album);

    client.post("/api/v1/albums/" + album + "/ratings", fans.get(2), "{\"score\":9}");
    Thread.sleep(300);
    JsonNode chart = json(client.get("/api/v1/charts/albums?by=rating&limit=100", null));
    assertThat(chart.path("items").findValuesAsText("id")).contains(album);
    JsonNode entry = null;
    for (JsonNode e : chart.path("items")) {
      if (e.path("id").asText().equals(album)) {
        entry = e;
      }
    }
    assertThat(entry.path("score").decimalValue()).isEqualByComparingTo("9.67");
    assertThat(entry.path("rating").path("count").asLong()).isEqualTo(3);

    JsonNode sorted = json(client.get("/api/v1/albums?sort=rating&limit=100", null));
    assertThat(sorted.path("items").get(0).path("id").asText()).isEqualTo(album);
    assertThat(client.get("/status", null).body()).contains("\"cache\":\"in-process\"");
  }

  /**
   * Deleting a song or album while others like, unlike and rate it: every answer is one a client can
   * act on (the deletion 204; the others 2xx, or 404 once it is gone), never a 500. Before the
   * likes and ratings locked the item first, the deletion's cascade and an unlike each held a row
   * the other needed (a deadlock), a few times in every such run.
   */
  @Test
  void deletingAnItemWhileItIsLikedAndRatedNeverDeadlocks() throws Exception {
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      users.add(client.newUser());
    }
    ExecutorService pool = Executors.newFixedThreadPool(users.size());
    try {
      for (int round = 0; round < 8; round++) {
        String kind = round % 2 == 0 ? "songs" : "albums";
        String item = "/api/v1/" + kind + "/" + (round % 2 == 0 ? client.song(admin(), "Doomed " + round)
            : client.album(admin(), "Doomed " + round));
        java.util.concurrent.atomic.AtomicBoolean gone = new java.util.concurrent.atomic.AtomicBoolean();
        List<Future<List<Integer>>> toggles = new ArrayList<>();
        for (String user : users) {
          toggles.add(pool.submit(() -> {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 200 && !gone.get(); i++) {
              statuses.add(client.send("PUT", client.url(item + "/likes/me"), user, null).statusCode());
              statuses.add(client.send("DELETE", client.url(item + "/likes/me"), user, null).statusCode());
              HttpResponse<String> rated = client.post(item + "/ratings", user, "{\"score\":7}");
              statuses.add(rated.statusCode());
              rated.headers().firstValue("Location").ifPresent(l -> statuses.add(
                  client.send("DELETE", l, user, null).statusCode()));
            }
            return statuses;
          }));
        }
        Thread.sleep(150);
        HttpResponse<String> deleted = client.send("DELETE", client.url(item), admin(), null);
        gone.set(true);
        assertThat(deleted.statusCode()).as(kind + ": " + deleted.body()).isEqualTo(204);
        for (Future<List<Integer>> toggle : toggles) {
          assertThat(toggle.get(60, java.util.concurrent.TimeUnit.SECONDS)).as(kind)
              .allSatisfy(status -> assertThat(status).isIn(200, 201, 204, 404, 409));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
