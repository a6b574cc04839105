package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Library and playlists through HTTP against real PostgreSQL: the authorization matrix (owner,
 * editor, viewer, stranger, admin, anonymous), idempotency keys (also raced), entity tags and 412,
 * song deletion, the library summary, and concurrent adds, moves and removes from many threads with
 * dense positions, no lost or doubled entry and exactly one history row per successful change.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PlaylistsEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();
  private static final String ADMIN = "pl-admin";
  private static final String ADMIN_PASSWORD = "pl-admin-password";
  private static final String PASSWORD = "correct horse battery";

  static final DropwizardAppExtension<CadenzaConfiguration> APP = EndToEndApps.app(DB, tempDir().toString(),
      ConfigOverride.config("database.maxSize", "24"),
      ConfigOverride.config("database.maxWaitForConnection", "10s"),
      ConfigOverride.config("auth.adminUsername", ADMIN),
      ConfigOverride.config("auth.adminPassword", ADMIN_PASSWORD));

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String admin;
  private static String owner;
  private static String editor;
  private static String viewer;
  private static String stranger;
  private static String ownerId;
  private static String editorId;
  private static String viewerId;
  private static String strangerId;

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("cadenza-playlists");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- HTTP helpers

  private static HttpResponse<String> call(String method, String path, String body, String token, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .timeout(java.time.Duration.ofSeconds(30));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path, e);
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

  private static JsonNode ok(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as("%s %s", r.request().method(), r.body()).isEqualTo(status);
    return r.body().isEmpty() ? JSON.nullNode() : json(r);
  }

  private static String register(String username) {
    return ok(call("POST", "/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
        + "\",\"fullName\":\"" + username + "\"}", null), 201).get("id").asText();
  }

  private static String token(String username, String password) {
    return ok(call("POST", "/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password
        + "\"}", null), 201).get("accessToken").asText();
  }

  private static String song(String title, int duration) {
    return ok(call("POST", "/api/v1/songs", "{\"title\":\"" + title + "\",\"performer\":\"E2E\",\"genre\":\"Test\","
        + "\"year\":2001,\"durationSeconds\":" + duration + "}", admin), 201).get("id").asText();
  }

  private static String playlist(String token, String name, String visibility) {
    return ok(call("POST", "/api/v1/playlists", "{\"name\":\"" + name + "\",\"visibility\":\"" + visibility + "\"}",
        token), 201).get("id").asText();
  }

  private static HttpResponse<String> add(String token, String playlist, String... songs) {
    return call("POST", "/api/v1/playlists/" + playlist + "/entries",
        "{\"songIds\":[\"" + String.join("\",\"", songs) + "\"]}", token);
  }

  private static void collaborate(String playlist, String userId, String role) {
    HttpResponse<String> r = call("PUT", "/api/v1/playlists/" + playlist + "/collaborators/" + userId,
        "{\"role\":\"" + role + "\"}", owner);
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
  }

  /** Every entry of a playlist, paging through with the largest page. */
  private static List<JsonNode> entries(String playlist, String token) {
    List<JsonNode> all = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = ok(call("GET", "/api/v1/playlists/" + playlist + "/entries?limit=100"
          + (cursor == null ? "" : "&cursor=" + cursor), null, token), 200);
      page.get("items").forEach(all::add);
      cursor = page.get("page").get("next").isNull() ? null : page.get("page").get("next").asText();
    } while (cursor != null);
    return all;
  }

  private static List<JsonNode> activity(String playlist) {
    List<JsonNode> all = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = ok(call("GET", "/api/v1/playlists/" + playlist + "/activity?limit=100"
          + (cursor == null ? "" : "&cursor=" + cursor), null, owner), 200);
      page.get("items").forEach(all::add);
      cursor = page.get("page").get("next").isNull() ? null : page.get("page").get("next").asText();
    } while (cursor != null);
    return all;
  }

  private static long count(String sql, Object... args) {
    return DB.jdbi().withHandle(h -> {
      var q = h.createQuery(sql);
      for (int i = 0; i < args.length; i++) {
        q.bind(i, args[i]);
      }
      return q.mapTo(Long.class).one();
    });
  }

  @BeforeAll
  static void cast() {
    admin = token(ADMIN, ADMIN_PASSWORD);
    ownerId = register("pl-owner");
    editorId = register("pl-editor");
    viewerId = register("pl-viewer");
    strangerId = register("pl-stranger");
    owner = token("pl-owner", PASSWORD);
    editor = token("pl-editor", PASSWORD);
    viewer = token("pl-viewer", PASSWORD);
    stranger = token("pl-stranger", PASSWORD);
  }

  // ---------------------------------------------------------------- authorization

  private static Map<String, String> everyone() {
    Map<String, String> who = new LinkedHashMap<>();
    who.put("owner", owner);
    who.put("editor", editor);
    who.put("viewer", viewer);
    who.put("stranger", stranger);
    who.put("admin", admin);
    who.put("anonymous", null);
    return who;
  }

  private static void expect(String what, Map<String, Integer> expected, Map<String, HttpResponse<String>> actual) {
    Map<String, Integer> statuses = new LinkedHashMap<>();
    actual.forEach((who, r) -> statuses.put(who, r.statusCode()));
    assertThat(statuses).as(what).containsExactlyInAnyOrderEntriesOf(expected);
  }

  private static Map<String, Integer> statuses(int owner, int editor, int viewer, int stranger, int admin,
                                               int anonymous) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("owner", owner);
    m.put("editor", editor);
    m.put("viewer", viewer);
    m.put("stranger", stranger);
    m.put("admin", admin);
    m.put("anonymous", anonymous);
    return m;
  }

  private static Map<String, HttpResponse<String>> each(java.util.function.BiFunction<String, String,
      HttpResponse<String>> request) {
    Map<String, HttpResponse<String>> out = new LinkedHashMap<>();
    // the owner goes last, so that what the owner changes does not change what the others may do
    everyone().forEach((who, token) -> {
      if (!who.equals("owner")) {
        out.put(who, request.apply(who, token));
      }
    });
    out.put("owner", request.apply("owner", owner));
    return out;
  }

  @Test
  void privatePlaylistsFollowTheAuthorizationMatrix() {
    String s = song("Matrix", 100);
    String p = playlist(owner, "Private matrix", "private");
    collaborate(p, editorId, "editor");
    collaborate(p, viewerId, "viewer");
    String base = "/api/v1/playlists/" + p;

    expect("read", statuses(200, 200, 200, 404, 404, 404), each((who, t) -> call("GET", base, null, t)));
    expect("entries", statuses(200, 200, 200, 404, 404, 404), each((who, t) -> call("GET", base + "/entries", null, t)));
    expect("activity", statuses(200, 200, 200, 404, 404, 404),
        each((who, t) -> call("GET", base + "/activity", null, t)));
    expect("collaborators", statuses(200, 200, 200, 404, 404, 404),
        each((who, t) -> call("GET", base + "/collaborators", null, t)));
    expect("one collaborator", statuses(200, 200, 200, 404, 404, 404),
        each((who, t) -> call("GET", base + "/collaborators/" + viewerId, null, t)));
    assertThat(json(call("GET", base + "/collaborators/" + viewerId, null, editor)).get("role").asText())
        .isEqualTo("viewer");
    assertThat(call("GET", base + "/collaborators/" + strangerId, null, owner).statusCode())
        .as("not a collaborator").isEqualTo(404);
    expect("add", statuses(201, 201, 403, 404, 404, 401), each((who, t) -> add(t, p, s)));
    expect("rename", statuses(200, 200, 403, 404, 404, 401),
        each((who, t) -> call("PATCH", base, "{\"name\":\"Renamed by " + who + "\"}", t)));
    expect("visibility", statuses(200, 403, 403, 404, 404, 401),
        each((who, t) -> call("PATCH", base, "{\"visibility\":\"public\"}", t)));
    assertThat(call("GET", base, null, stranger).statusCode()).as("public now").isEqualTo(200);
    assertThat(call("PATCH", base, "{\"visibility\":\"private\"}", owner).statusCode()).isEqualTo(200);
    expect("manage collaborators", statuses(201, 403, 403, 404, 404, 401),
        each((who, t) -> call("PUT", base + "/collaborators/" + strangerId, "{\"role\":\"viewer\"}", t)));
    assertThat(call("GET", base, null, stranger).statusCode()).as("the new viewer reads").isEqualTo(200);
    HttpResponse<String> promoted = call("PUT", base + "/collaborators/" + strangerId, "{\"role\":\"editor\"}", owner);
    assertThat(promoted.statusCode()).isEqualTo(200);
    HttpResponse<String> added = call("GET", base + "/collaborators/" + strangerId, null, owner);
    assertThat(call("GET", base + "/collaborators/" + strangerId, null, owner, "If-None-Match",
        added.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
    assertThat(json(added).get("role").asText()).as("what PUT answered is what GET shows").isEqualTo("editor");
    assertThat(json(added)).isEqualTo(json(promoted));
    call("DELETE", base + "/collaborators/" + strangerId, null, owner);
    assertThat(call("GET", base + "/collaborators/" + strangerId, null, owner).statusCode()).isEqualTo(404);
    List<JsonNode> entries = entries(p, owner);
    assertThat(entries).hasSize(2);
    String first = entries.get(0).get("entryId").asText();
    expect("one entry", statuses(200, 200, 200, 404, 404, 404),
        each((who, t) -> call("GET", base + "/entries/" + first, null, t)));
    HttpResponse<String> one = call("GET", base + "/entries/" + first, null, viewer);
    assertThat(json(one)).isEqualTo(entries.get(0));
    String entryTag = one.headers().firstValue("ETag").orElseThrow();
    assertThat(call("GET", base + "/entries/" + first, null, viewer, "If-None-Match", entryTag).statusCode())
        .isEqualTo(304);
    assertThat(call("GET", base + "/entries/" + UUID.randomUUID(), null, owner).statusCode()).isEqualTo(404);
    HttpResponse<String> listed = call("PATCH", base + "/entries/" + first, "{\"position\":0}", owner, "If-Match",
        "\"nope\", " + entryTag);
    assertThat(listed.statusCode()).as("a list that holds the entry's current tag: " + listed.body()).isEqualTo(200);
    assertThat(call("PATCH", base + "/entries/" + first, "{\"position\":0}", owner, "If-Match", "\"c-nope\"")
        .statusCode()).as("the entry's tags only, none current").isEqualTo(412);
    expect("move", statuses(200, 200, 403, 404, 404, 401),
        each((who, t) -> call("PATCH", base + "/entries/" + first, "{\"position\":1}", t)));
    assertThat(call("GET", base + "/entries/" + first, null, viewer, "If-None-Match", entryTag).statusCode())
        .as("moved: another position").isEqualTo(200);
    for (String other : List.of(editor, viewer)) {
      assertThat(call("DELETE", base, null, other).statusCode()).isEqualTo(403);
    }
    // private means private: an admin who is no member learns nothing of it either
    for (String outsider : List.of(stranger, admin)) {
      assertThat(call("DELETE", base, null, outsider).statusCode()).isEqualTo(404);
    }
    assertThat(call("DELETE", base + "/entries/" + first, null, editor).statusCode()).isEqualTo(204);
    assertThat(call("DELETE", base, null, owner).statusCode()).isEqualTo(204);
    assertThat(call("GET", base, null, owner).statusCode()).isEqualTo(404);
    assertThat(count("SELECT count(*) FROM playlist_activity WHERE playlist_id = CAST(? AS uuid)", p)).isZero();
  }

  @Test
  void publicPlaylistsAreReadByAnyoneAndChangedByMembersOnly() {
    String s = song("Public", 50);
    String p = playlist(owner, "Open", "public");
    collaborate(p, editorId, "editor");
    String base = "/api/v1/playlists/" + p;

    expect("read", statuses(200, 200, 200, 200, 200, 200), each((who, t) -> call("GET", base, null, t)));
    expect("add", statuses(201, 201, 403, 403, 403, 401), each((who, t) -> add(t, p, s)));
    JsonNode listed = ok(call("GET", "/api/v1/users/" + ownerId + "/playlists", null, null), 200);
    assertThat(listed.get("items").findValuesAsText("id")).contains(p);
    JsonNode mine = ok(call("GET", "/api/v1/playlists?limit=100", null, editor), 200);
    assertThat(mine.get("items")).anySatisfy(item -> {
      assertThat(item.get("id").asText()).isEqualTo(p);
      assertThat(item.get("role").asText()).isEqualTo("editor");
      assertThat(item.get("entryCount").asInt()).isEqualTo(2);
      assertThat(item.get("durationSeconds").asInt()).isEqualTo(100);
    });
    assertThat(call("GET", "/api/v1/users/" + UUID.randomUUID() + "/playlists", null, null).statusCode())
        .isEqualTo(404);
  }

  // ---------------------------------------------------------------- idempotency

  @Test
  void idempotencyKeysReplayTheFirstAnswerAcrossRetriesAndRaces() throws Exception {
    String body = "{\"name\":\"Exactly once\",\"visibility\":\"private\"}";
    HttpResponse<String> first = call("POST", "/api/v1/playlists", body, owner, "Idempotency-Key", "e2e-once");
    HttpResponse<String> retry = call("POST", "/api/v1/playlists", body, owner, "Idempotency-Key", "e2e-once");
    HttpResponse<String> other = call("POST", "/api/v1/playlists", "{\"name\":\"Other\",\"visibility\":\"private\"}",
        owner, "Idempotency-Key", "e2e-once");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    assertThat(json(retry)).isEqualTo(json(first));
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(json(other).get("code").asText()).isEqualTo("IdempotencyKeyReused");
    assertThat(count("SELECT count(*) FROM playlists WHERE name = 'Exactly once'")).isEqualTo(1);

    int racers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> raced = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      raced.add(pool.submit(() -> {
        start.await();
        return call("POST", "/api/v1/playlists", "{\"name\":\"Raced\",\"visibility\":\"public\"}", owner,
            "Idempotency-Key", "e2e-race");
      }));
    }
    start.countDown();
    Set<String> ids = new HashSet<>();
    for (Future<HttpResponse<String>> f : raced) {
      HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      ids.add(json(r).get("id").asText());
    }
    pool.shutdown();
    assertThat(ids).hasSize(1);
    assertThat(count("SELECT count(*) FROM playlists WHERE name = 'Raced'")).isEqualTo(1);

    String p = ids.iterator().next();
    String s = song("Keyed", 10);
    String add = "{\"songIds\":[\"" + s + "\"]}";
    HttpResponse<String> a1 = call("POST", "/api/v1/playlists/" + p + "/entries", add, owner, "Idempotency-Key", "add-1");
    HttpResponse<String> a2 = call("POST", "/api/v1/playlists/" + p + "/entries", add, owner, "Idempotency-Key", "add-1");
    assertThat(json(a2).get("items").get(0).get("entryId")).isEqualTo(json(a1).get("items").get(0).get("entryId"));
    assertThat(entries(p, owner)).hasSize(1);
    assertThat(count("SELECT count(*) FROM idempotency_keys WHERE caller = CAST(? AS uuid)", ownerId)).isEqualTo(3);
  }

  // ---------------------------------------------------------------- entity tags

  @Test
  void versionsAreStrongEntityTagsAndAStaleIfMatchIs412WithTheCurrentPlaylist() {
    String s = song("Tagged", 30);
    HttpResponse<String> created = call("POST", "/api/v1/playlists", "{\"name\":\"Tags\",\"visibility\":\"private\"}",
        owner);
    String p = json(created).get("id").asText();
    String base = "/api/v1/playlists/" + p;
    assertThat(created.headers().firstValue("ETag")).as("version, total duration, your role").hasValue("\"1-0-o\"");

    HttpResponse<String> added = call("POST", base + "/entries", "{\"songIds\":[\"" + s + "\",\"" + s + "\"]}", owner,
        "If-Match", "\"1\"");
    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(added.headers().firstValue("ETag")).hasValue("\"2\"");
    HttpResponse<String> stale = call("POST", base + "/entries", "{\"songIds\":[\"" + s + "\"]}", owner,
        "If-Match", "\"1\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.headers().firstValue("ETag")).hasValue("\"2-60-o\"");
    JsonNode current = json(stale).get("current");
    assertThat(current.get("version").asInt()).isEqualTo(2);
    assertThat(current.get("entryCount").asInt()).isEqualTo(2);
    assertThat(current.get("durationSeconds").asInt()).isEqualTo(60);

    assertThat(call("GET", base, null, owner, "If-None-Match", "\"2-60-o\"").statusCode()).isEqualTo(304);
    HttpResponse<String> renamed = call("PATCH", base, "{\"name\":\"Tags!\"}", owner, "If-Match", "\"2\"");
    assertThat(renamed.headers().firstValue("ETag")).hasValue("\"3-60-o\"");
    assertThat(call("DELETE", base, null, owner, "If-Match", "\"2\"").statusCode()).isEqualTo(412);
    assertThat(call("DELETE", base, null, owner, "If-Match", "\"3\"").statusCode()).isEqualTo(204);
  }

  @Test
  void unknownSongsAre422NamingThemAndNothingIsAdded() {
    String p = playlist(owner, "Strict", "private");
    String known = song("Known", 1);
    String unknown = UUID.randomUUID().toString();

    HttpResponse<String> r = add(owner, p, known, unknown, "not-an-id");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("errors").findValuesAsText("field")).containsExactly("songIds[2]");
    HttpResponse<String> r2 = add(owner, p, known, unknown);
    assertThat(json(r2).get("errors").findValuesAsText("field")).containsExactly("songIds[1]");
    assertThat(json(r2).get("detail").asText()).contains(unknown);
    assertThat(entries(p, owner)).isEmpty();
  }

  // ---------------------------------------------------------------- song deletion and libraries

  @Test
  void deletingASongCleansEveryPlaylistAndLibraryAndRecordsItInEachHistory() {
    String doomed = song("Doomed", 40);
    String kept = song("Kept", 20);
    String p1 = playlist(owner, "One", "private");
    String p2 = playlist(stranger, "Two", "public");
    add(owner, p1, doomed, kept, doomed);
    add(stranger, p2, doomed);
    ok(call("PUT", "/api/v1/me/library/songs/" + doomed, null, viewer), 201);
    long v1 = json(call("GET", "/api/v1/playlists/" + p1, null, owner)).get("version").asLong();

    assertThat(call("DELETE", "/api/v1/songs/" + doomed, null, admin).statusCode()).isEqualTo(204);

    List<JsonNode> left = entries(p1, owner);
    assertThat(left).hasSize(1);
    assertThat(left.get(0).get("song").get("id").asText()).isEqualTo(kept);
    assertThat(left.get(0).get("position").asInt()).isZero();
    JsonNode after = json(call("GET", "/api/v1/playlists/" + p1, null, owner));
    assertThat(after.get("version").asLong()).isEqualTo(v1 + 1);
    assertThat(after.get("entryCount").asInt()).isEqualTo(1);
    assertThat(after.get("durationSeconds").asInt()).isEqualTo(20);
    List<JsonNode> history = activity(p1);
    List<JsonNode> deletions = history.stream().filter(a -> a.get("action").asText().equals("song-deleted")).toList();
    assertThat(deletions).hasSize(2).allSatisfy(a -> {
      assertThat(a.get("song").get("title").asText()).isEqualTo("Doomed");
      assertThat(a.get("actor").asText()).isNotEqualTo(ownerId);
    });
    assertThat(history.stream().filter(a -> a.get("action").asText().equals("add"))
        .map(a -> a.get("song").get("id").asText())).contains(doomed);
    assertThat(entries(p2, stranger)).isEmpty();
    assertThat(json(call("GET", "/api/v1/me/library", null, viewer)).get("items")).isEmpty();
  }

  @Test
  void aPlaylistsTagFollowsItsTotalDurationAndTheReadersRole() {
    String s = song("Stretchy", 300);
    String p = playlist(owner, "Tagged by duration", "public");
    assertThat(add(owner, p, s).statusCode()).isEqualTo(201);
    HttpResponse<String> before = call("GET", "/api/v1/playlists/" + p, null, owner);
    String tag = before.headers().firstValue("ETag").orElseThrow();
    assertThat(json(before).get("durationSeconds").asLong()).isEqualTo(300);
    assertThat(call("GET", "/api/v1/playlists/" + p, null, owner, "If-None-Match", tag).statusCode()).isEqualTo(304);
    String anonymousTag = call("GET", "/api/v1/playlists/" + p, null, null).headers().firstValue("ETag").orElseThrow();
    assertThat(anonymousTag).as("the owner's representation shows the role").isNotEqualTo(tag);

    assertThat(call("PATCH", "/api/v1/songs/" + s, "{\"durationSeconds\":400}", admin).statusCode()).isEqualTo(200);
    HttpResponse<String> after = call("GET", "/api/v1/playlists/" + p, null, owner, "If-None-Match", tag);
    assertThat(after.statusCode()).as("the total changed, so the tag did").isEqualTo(200);
    assertThat(json(after).get("durationSeconds").asLong()).isEqualTo(400);
    assertThat(json(after).get("version").asLong()).isEqualTo(json(before).get("version").asLong());
    // If-Match still reads the version: the old tag guards a change as well as the new one
    assertThat(call("PATCH", "/api/v1/playlists/" + p, "{\"name\":\"Renamed\"}", owner, "If-Match", tag)
        .statusCode()).isEqualTo(200);
  }

  @Test
  void librariesArePrivateAndSummarizedInTheProfile() {
    String a = song("Lib A", 1);
    String b = song("Lib B", 1);
    String me = register("pl-librarian");
    String token = token("pl-librarian", PASSWORD);

    HttpResponse<String> saved = call("PUT", "/api/v1/me/library/songs/" + a, null, token);
    assertThat(saved.statusCode()).isEqualTo(201);
    String location = URI.create(saved.headers().firstValue("Location").orElseThrow()).getPath();
    HttpResponse<String> readBack = call("GET", location, null, token);
    assertThat(json(readBack)).as("the Location reads back").isEqualTo(json(saved));
    String savedTag = readBack.headers().firstValue("ETag").orElseThrow();
    assertThat(call("GET", location, null, token, "If-None-Match", savedTag).statusCode()).isEqualTo(304);
    assertThat(call("GET", location, null, stranger).statusCode()).isEqualTo(404);
    assertThat(call("GET", location, null, null).statusCode()).isEqualTo(401);
    assertThat(call("GET", "/api/v1/me/library/songs/not-an-id", null, token).statusCode()).isEqualTo(404);
    assertThat(call("PUT", "/api/v1/me/library/songs/" + a, null, token).statusCode()).isEqualTo(200);
    assertThat(call("PUT", "/api/v1/me/library/songs/" + b, null, token).statusCode()).isEqualTo(201);
    JsonNode heard = ok(call("PATCH", "/api/v1/me/library/songs/" + a, "{\"listened\":true}", token), 200);
    assertThat(heard.get("listenedAt").asText()).isNotBlank();
    assertThat(call("PUT", "/api/v1/me/library/songs/" + UUID.randomUUID(), null, token).statusCode()).isEqualTo(404);
    assertThat(call("PUT", "/api/v1/me/library/songs/" + a, null, null).statusCode()).isEqualTo(401);

    JsonNode listened = ok(call("GET", "/api/v1/me/library?listened=true", null, token), 200);
    assertThat(listened.get("items").findValuesAsText("title")).containsExactly("Lib A");
    assertThat(ok(call("GET", "/api/v1/me/library?listened=false", null, token), 200).get("items")
        .findValuesAsText("title")).containsExactly("Lib B");
    assertThat(call("GET", "/api/v1/users/" + me + "/library", null, admin).statusCode()).isEqualTo(200);
    assertThat(call("GET", "/api/v1/users/" + me + "/library", null, stranger).statusCode()).isEqualTo(404);
    assertThat(call("GET", "/api/v1/users/" + me + "/library", null, null).statusCode()).isEqualTo(404);

    JsonNode own = ok(call("GET", "/api/v1/users/" + me, null, token), 200);
    assertThat(own.get("library").get("savedSongs").asInt()).isEqualTo(2);
    assertThat(own.get("library").get("listenedSongs").asInt()).isEqualTo(1);
    assertThat(ok(call("GET", "/api/v1/users/" + me, null, admin), 200).has("library")).isTrue();
    assertThat(ok(call("GET", "/api/v1/users/" + me, null, stranger), 200).has("library")).isFalse();
    assertThat(json(call("GET", location, null, token)).get("listened").asBoolean()).isTrue();
    assertThat(call("GET", location, null, token, "If-None-Match", savedTag).statusCode())
        .as("marked listened since").isEqualTo(200);
    // A removal with If-Match removes only the saved song it names, as it is now.
    String bTag = call("GET", "/api/v1/me/library/songs/" + b, null, token).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> stale = call("DELETE", "/api/v1/me/library/songs/" + b, null, token, "If-Match", "\"c-stale\"");
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    assertThat(json(stale).get("current").get("song").get("title").asText()).isEqualTo("Lib B");
    assertThat(call("GET", "/api/v1/me/library/songs/" + b, null, token).statusCode()).as("still saved").isEqualTo(200);
    assertThat(call("DELETE", "/api/v1/me/library/songs/" + b, null, token, "If-Match", bTag).statusCode())
        .isEqualTo(204);
    assertThat(call("DELETE", "/api/v1/me/library/songs/" + b, null, token, "If-Match", "*").statusCode())
        .as("no longer saved: If-Match is false").isEqualTo(412);
    assertThat(call("DELETE", "/api/v1/me/library/songs/" + b, null, token).statusCode()).isEqualTo(204);
    assertThat(call("DELETE", "/api/v1/me/library/songs/" + b, null, token).statusCode()).isEqualTo(204);
    assertThat(call("GET", "/api/v1/me/library/songs/" + b, null, token).statusCode()).isEqualTo(404);
  }

  // ---------------------------------------------------------------- concurrency

  /** Sends {@code requests} at once and counts the answers by status. */
  private static Map<Integer, Integer> atOnce(int requests, Callable<HttpResponse<String>> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return request.call();
        }));
      }
      start.countDown();
      Map<Integer, Integer> statuses = new java.util.TreeMap<>();
      for (var answer : answers) {
        statuses.merge(answer.get(30, TimeUnit.SECONDS).statusCode(), 1, Integer::sum);
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void conditionalChangesOfASavedSongSentAtOnceWithOneTagLetOnlyOneThrough() throws Exception {
    String song = song("Raced in the library", 1);
    register("pl-racer");
    String token = token("pl-racer", PASSWORD);
    String path = "/api/v1/me/library/songs/" + song;
    ok(call("PUT", path, null, token), 201);
    for (int round = 0; round < 3; round++) {
      String tag = call("GET", path, null, token).headers().firstValue("ETag").orElseThrow();
      String change = "{\"listened\":" + (round % 2 == 0) + "}";
      Map<Integer, Integer> marked = atOnce(12, () -> call("PATCH", path, change, token, "If-Match", tag));
      assertThat(marked).as("round " + round).isEqualTo(Map.of(200, 1, 412, 11));
    }
    String tag = call("GET", path, null, token).headers().firstValue("ETag").orElseThrow();
    Map<Integer, Integer> removed = atOnce(12, () -> call("DELETE", path, null, token, "If-Match", tag));
    assertThat(removed).isEqualTo(Map.of(204, 1, 412, 11));
    assertThat(call("GET", path, null, token).statusCode()).isEqualTo(404);
  }

  /** What one worker did that succeeded: entry ids added and removed, and how many of each change. */
  private record Outcome(List<String> added, List<String> removed, int adds, int moves, int removes) {
  }

  @Test
  void concurrentAddsMovesAndRemovesNeverLoseAnUpdateAndKeepPositionsDense() throws Exception {
    String p = playlist(owner, "Contended", "private");
    collaborate(p, editorId, "editor");
    List<String> songs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      songs.add(song("Contended " + i, 10 + i));
    }
    List<String> initial = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      initial.add(json(add(owner, p, songs.get(i % songs.size()))).get("items").get(0).get("entryId").asText());
    }
    int activityBefore = activity(p).size();
    long versionBefore = json(call("GET", "/api/v1/playlists/" + p, null, owner)).get("version").asLong();

    int threads = 12;
    int opsPerThread = 30;
    List<String> live = new CopyOnWriteArrayList<>(initial);
    AtomicInteger approximateSize = new AtomicInteger(initial.size());
    Map<Integer, AtomicInteger> unexpected = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Outcome>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String token = t % 2 == 0 ? owner : editor;
      futures.add(pool.submit((Callable<Outcome>) () -> {
        start.await();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        int adds = 0;
        int moves = 0;
        int removes = 0;
        for (int i = 0; i < opsPerThread; i++) {
          int kind = random.nextInt(3);
          if (kind == 0 || live.isEmpty()) {
            String position = random.nextBoolean() ? "" : ",\"position\":" + random.nextInt(0, 3);
            HttpResponse<String> r = call("POST", "/api/v1/playlists/" + p + "/entries", "{\"songIds\":[\""
                + songs.get(random.nextInt(songs.size())) + "\"]" + position + "}", token);
            if (r.statusCode() == 201) {
              String id = json(r).get("items").get(0).get("entryId").asText();
              added.add(id);
              live.add(id);
              approximateSize.incrementAndGet();
              adds++;
            } else {
              unexpected.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            }
          } else if (kind == 1) {
            String entry = live.get(random.nextInt(live.size()));
            int target = random.nextInt(Math.max(1, approximateSize.get() - 3));
            HttpResponse<String> r = call("PATCH", "/api/v1/playlists/" + p + "/entries/" + entry,
                "{\"position\":" + target + "}", token);
            if (r.statusCode() == 200) {
              moves++;
            } else if (r.statusCode() != 404 && r.statusCode() != 422) {
              unexpected.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            }
          } else {
            String entry = live.get(random.nextInt(live.size()));
            HttpResponse<String> r = call("DELETE", "/api/v1/playlists/" + p + "/entries/" + entry, null, token);
            if (r.statusCode() == 204) {
              removed.add(entry);
              live.remove(entry);
              approximateSize.decrementAndGet();
              removes++;
            } else if (r.statusCode() != 404) {
              unexpected.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            }
          }
        }
        return new Outcome(added, removed, adds, moves, removes);
      }));
    }
    start.countDown();
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    int adds = 0;
    int moves = 0;
    int removes = 0;
    for (Future<Outcome> f : futures) {
      Outcome o = f.get(5, TimeUnit.MINUTES);
      added.addAll(o.added());
      removed.addAll(o.removed());
      adds += o.adds();
      moves += o.moves();
      removes += o.removes();
    }
    pool.shutdown();

    assertThat(unexpected).as("answers other than success, 404 (entry gone) and 422 (position gone)").isEmpty();
    assertThat(adds).as("every add succeeds").isEqualTo(added.size());
    assertThat(adds + moves + removes).as("a real contest").isGreaterThan(threads * opsPerThread / 2);
    assertThat(removed).as("no entry removed twice").doesNotHaveDuplicates();

    List<JsonNode> entries = entries(p, owner);
    List<Integer> positions = entries.stream().map(e -> e.get("position").asInt()).toList();
    List<Integer> dense = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      dense.add(i);
    }
    assertThat(positions).as("positions are 0..n-1").isEqualTo(dense);
    List<String> ids = entries.stream().map(e -> e.get("entryId").asText()).toList();
    Set<String> expected = new HashSet<>(initial);
    expected.addAll(added);
    expected.removeAll(removed);
    assertThat(ids).as("no entry lost or doubled").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    assertThat(count("SELECT count(DISTINCT position) FROM playlist_entries WHERE playlist_id = CAST(? AS uuid)", p))
        .isEqualTo(expected.size());

    JsonNode playlist = json(call("GET", "/api/v1/playlists/" + p, null, owner));
    assertThat(playlist.get("entryCount").asInt()).isEqualTo(expected.size());
    assertThat(playlist.get("version").asLong()).as("one version per change").isEqualTo(versionBefore + adds + moves
        + removes);
    List<JsonNode> history = activity(p).subList(activityBefore, activity(p).size());
    Map<String, Integer> byAction = new LinkedHashMap<>();
    history.forEach(a -> byAction.merge(a.get("action").asText(), 1, Integer::sum));
    Map<String, Integer> successes = new LinkedHashMap<>();
    successes.put("add", adds);
    successes.put("move", moves);
    successes.put("remove", removes);
    successes.values().removeIf(n -> n == 0);
    assertThat(byAction).as("exactly one history row per successful change").isEqualTo(successes);
    List<String> removedInHistory = history.stream().filter(a -> a.get("action").asText().equals("remove"))
        .map(a -> a.get("before").get("entryId").asText()).toList();
    assertThat(removedInHistory).containsExactlyInAnyOrderElementsOf(removed);
    List<String> times = history.stream().map(a -> a.get("at").asText()).toList();
    List<String> sorted = new ArrayList<>(times);
    Collections.sort(sorted, java.util.Comparator.comparing(java.time.Instant::parse));
    assertThat(times).as("oldest first").isEqualTo(sorted);
  }

  @Test
  void simultaneousAppendsEachGetTheirOwnPositionAndVersion() throws Exception {
    String p = playlist(owner, "Crowded", "private");
    collaborate(p, editorId, "editor");
    String song = song("Crowded", 60);
    long versionBefore = json(call("GET", "/api/v1/playlists/" + p, null, owner)).get("version").asLong();
    int activityBefore = activity(p).size();
    int threads = 16;
    int addsPerThread = 15;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<HttpResponse<String>>>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String token = t % 2 == 0 ? owner : editor;
      futures.add(pool.submit(() -> {
        start.await();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < addsPerThread; i++) {
          answers.add(add(token, p, song));
        }
        return answers;
      }));
    }
    start.countDown();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (Future<List<HttpResponse<String>>> f : futures) {
      answers.addAll(f.get(5, TimeUnit.MINUTES));
    }
    pool.shutdown();

    int total = threads * addsPerThread;
    assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
    List<Long> versions = answers.stream()
        .map(r -> Long.parseLong(r.headers().firstValue("ETag").orElseThrow().replace("\"", ""))).toList();
    List<Long> expectedVersions = new ArrayList<>();
    for (int i = 1; i <= total; i++) {
      expectedVersions.add(versionBefore + i);
    }
    assertThat(versions).as("one version per add").containsExactlyInAnyOrderElementsOf(expectedVersions);

    List<JsonNode> entries = entries(p, owner);
    assertThat(entries).hasSize(total);
    for (HttpResponse<String> r : answers) {
      JsonNode item = json(r).get("items").get(0);
      int position = item.get("position").asInt();
      assertThat(entries.get(position).get("entryId").asText()).as("the entry is where its answer said")
          .isEqualTo(item.get("entryId").asText());
    }
    JsonNode playlist = json(call("GET", "/api/v1/playlists/" + p, null, owner));
    assertThat(playlist.get("version").asLong()).isEqualTo(versionBefore + total);
    assertThat(playlist.get("entryCount").asInt()).isEqualTo(total);
    assertThat(playlist.get("durationSeconds").asInt()).isEqualTo(total * 60);
    List<JsonNode> history = activity(p).subList(activityBefore, activity(p).size());
    assertThat(history).hasSize(total).allSatisfy(a -> assertThat(a.get("action").asText()).isEqualTo("add"));
  }
}
