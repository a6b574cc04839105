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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole service over HTTP against real PostgreSQL (a fresh schema for this class). */
@ExtendWith(DropwizardExtensionsSupport.class)
class CatalogEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();
  private static final Path DATA_DIR = tempDir();

  static final DropwizardAppExtension<CadenzaConfiguration> APP = EndToEndApps.app(DB, DATA_DIR.toString(),
      ConfigOverride.config("auth.adminUsername", "e2e-admin"),
      ConfigOverride.config("auth.adminPassword", "e2e-admin-password"));

  private static String adminToken;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("cadenza-e2e");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String app(String path) {
    return "http://127.0.0.1:" + APP.getLocalPort() + path;
  }

  private String admin(String path) {
    return "http://127.0.0.1:" + APP.getAdminPort() + path;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String url, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b);
  }

  /** A catalog write as the admin that CADENZA_ADMIN_USERNAME/PASSWORD created at start-up. */
  private HttpResponse<String> write(String method, String url, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + adminToken());
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b);
  }

  private JsonNode body(HttpResponse<String> response) throws IOException {
    return json.readTree(response.body());
  }

  private synchronized String adminToken() throws Exception {
    if (adminToken == null) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(app("/api/v1/auth/token")))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"e2e-admin\",\"password\":\"e2e-admin-password\"}")));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      adminToken = body(r).get("accessToken").asText();
    }
    return adminToken;
  }

  @Test
  void catalogWritesNeedACuratorOrAnAdmin() throws Exception {
    HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(app("/api/v1/songs")))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Nope\",\"performer\":\"X\",\"genre\":\"Y\",\"year\":2000}")));
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    long nope = DB.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM songs WHERE title = 'Nope'")
        .mapTo(Long.class).one());
    assertThat(nope).isZero();
  }

  @Test
  void compressedReadsVaryByTheEncodingAsWellAsByTheCaller() throws Exception {
    for (int i = 0; i < 12; i++) {
      createSong("Compressible " + i, null);
    }
    HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(URI.create(app("/api/v1/songs?limit=12")))
        .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(gzipped.statusCode()).isEqualTo(200);
    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gzipped.headers().allValues("Vary")).as("a shared cache keys the answer by both")
        .anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"))
        .anySatisfy(v -> assertThat(v).contains("Authorization"));
    HttpResponse<String> plain = get(app("/api/v1/songs?limit=12"));
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(plain.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
  }

  @Test
  void theTagOfACompressedReadIsGoodForAConditionalWrite() throws Exception {
    JsonNode song = createSong("Compressed and then changed, with a title long enough to be worth compressing", null);
    String songUrl = app("/api/v1/songs/" + song.get("id").asText());
    HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(URI.create(songUrl))
        .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String etag = gzipped.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).as("the compression marks the tag").endsWith("--gzip\"");

    HttpResponse<String> patched = write("PATCH", songUrl, "{\"genre\":\"Changed\"}", "If-Match", etag);
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    HttpResponse<String> stale = write("PATCH", songUrl, "{\"genre\":\"Lost\"}", "If-Match", etag);
    assertThat(stale.statusCode()).as("the same tag, now stale").isEqualTo(412);
    assertThat(body(get(songUrl)).get("genre").asText()).isEqualTo("Changed");
  }

  private String createAlbum(String title) throws Exception {
    HttpResponse<String> r = write("POST", app("/api/v1/albums"),
        "{\"title\":\"" + title + "\",\"performer\":\"E2E Band\",\"year\":2001}");
    assertThat(r.statusCode()).isEqualTo(201);
    return body(r).get("id").asText();
  }

  private JsonNode createSong(String title, String albumId) throws Exception {
    String album = albumId == null ? "null" : "\"" + albumId + "\"";
    HttpResponse<String> r = write("POST", app("/api/v1/songs"), "{\"title\":\"" + title
        + "\",\"performer\":\"E2E Band\",\"genre\":\"Test\",\"year\":2001,\"durationSeconds\":200,\"albumId\":" + album + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode created = body(r);
    assertThat(r.headers().firstValue("Location")).hasValueSatisfying(
        l -> assertThat(l).endsWith("/api/v1/songs/" + created.get("id").asText()));
    return created;
  }

  @Test
  void catalogLifecycleThroughHttp() throws Exception {
    String albumId = createAlbum("Lifecycle");
    JsonNode song = createSong("Lifecycle Opener", albumId);
    String songUrl = app("/api/v1/songs/" + song.get("id").asText());

    HttpResponse<String> fetched = get(songUrl);
    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(body(fetched).get("albumId").asText()).isEqualTo(albumId);
    String etag = fetched.headers().firstValue("ETag").orElseThrow();
    assertThat(get(songUrl, "If-None-Match", etag).statusCode()).isEqualTo(304);

    HttpResponse<String> patched = write("PATCH", songUrl, "{\"durationSeconds\":null}", "If-Match", etag);
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    assertThat(body(patched).get("durationSeconds").isNull()).isTrue();
    assertThat(patched.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

    HttpResponse<String> stale = write("PATCH", songUrl, "{\"title\":\"Lost update\"}", "If-Match", etag);
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(body(stale).get("current").get("title").asText()).isEqualTo("Lifecycle Opener");

    HttpResponse<String> album = get(app("/api/v1/albums/" + albumId));
    assertThat(body(album).get("songCount").asLong()).isEqualTo(1);

    assertThat(write("DELETE", app("/api/v1/albums/" + albumId), null).statusCode()).isEqualTo(204);
    JsonNode orphan = body(get(songUrl));
    assertThat(orphan.get("albumId").isNull()).isTrue();
    assertThat(orphan.get("version").asLong()).isEqualTo(3);

    assertThat(write("DELETE", songUrl, null).statusCode()).isEqualTo(204);
    HttpResponse<String> gone = get(songUrl);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));

    Set<String> actions = new HashSet<>(DB.jdbi().withHandle(h -> h.createQuery(
        "SELECT action FROM audit_log WHERE resource_id IN (<ids>)").bindList("ids", List.of(albumId,
        song.get("id").asText())).mapTo(String.class).list()));
    assertThat(actions).contains("album.create", "song.create", "song.update", "album.delete", "song.delete");
  }

  @Test
  void searchPagesThroughEverySongOnce() throws Exception {
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 7; i++) {
      created.add(createSong("Pager Tune " + i, null).get("id").asText());
    }
    List<String> seen = new ArrayList<>();
    String url = app("/api/v1/songs?title=pager%20tune&limit=3&includeTotal=true");
    String next = null;
    int pages = 0;
    do {
      HttpResponse<String> r = get(next == null ? url : url + "&cursor=" + next);
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode page = body(r);
      assertThat(page.get("page").get("total").asLong()).isEqualTo(7);
      page.get("items").forEach(item -> seen.add(item.get("id").asText()));
      next = page.get("page").get("next").isNull() ? null : page.get("page").get("next").asText();
      pages++;
    } while (next != null && pages < 10);
    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(7).containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  void badInputIsAProblemAndChangesNothing() throws Exception {
    HttpResponse<String> invalid = write("POST", app("/api/v1/songs"), "{\"title\":\"  \",\"year\":99}");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(body(invalid).get("errors").findValuesAsText("field")).contains("title", "performer", "genre", "year");

    HttpResponse<String> malformed = write("POST", app("/api/v1/songs"), "{\"title\":");
    assertThat(malformed.statusCode()).isEqualTo(400);

    String huge = "{\"title\":\"" + "x".repeat(1_100_000) + "\"}";
    assertThat(write("POST", app("/api/v1/songs"), huge).statusCode()).isEqualTo(413);

    HttpResponse<String> unknownRoute = get(app("/api/v1/nothing-here"));
    assertThat(unknownRoute.statusCode()).isEqualTo(404);
    assertThat(unknownRoute.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(unknownRoute.body()).doesNotContain("<html");

    assertThat(write("DELETE", app("/api/v1/songs"), null).statusCode()).isEqualTo(405);
    assertThat(get(app("/api/v1/songs"), "Accept", "text/html").statusCode()).isEqualTo(406);
    assertThat(get(app("/api/v1/songs?limit=abc")).statusCode()).isEqualTo(400);
    assertThat(get(app("/api/v1/songs?cursor=bm9wZQ")).statusCode()).isEqualTo(400);
    assertThat(get(app("/api/v1/songs/not-a-uuid")).statusCode()).isEqualTo(404);

    long songs = DB.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM songs WHERE title = ''")
        .mapTo(Long.class).one());
    assertThat(songs).isZero();
  }

  @Test
  void statusHealthAndDocs() throws Exception {
    JsonNode status = body(get(app("/status")));
    assertThat(status.get("uptimeSeconds").asLong()).isGreaterThanOrEqualTo(0);
    assertThat(status.get("time").asText()).endsWith("Z");
    assertThat(status.get("dependencies").get("database").asText()).isEqualTo("up");
    assertThat(status.get("dependencies").get("storage").asText()).isEqualTo("up");

    HttpResponse<String> health = get(admin("/healthcheck"));
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(body(health).has("database")).isTrue();
    assertThat(body(health).has("storage")).isTrue();
    assertThat(get(admin("/ping")).body()).contains("pong");

    JsonNode openapi = body(get(app("/openapi.json")));
    assertThat(openapi.get("openapi").asText()).startsWith("3.");
    assertThat(openapi.get("paths").has("/api/v1/songs/{id}")).isTrue();
    assertThat(openapi.get("paths").has("/status")).isTrue();
    assertThat(openapi.path("paths").path("/status").path("get").path("responses").path("200").path("content")
        .path("application/json").path("schema").path("$ref").asText()).endsWith("/Status");
    JsonNode audit = openapi.path("components").path("schemas").path("AuditEntry").path("properties");
    for (String values : new String[] {"before", "after"}) {
      assertThat(audit.path(values).path("additionalProperties").asBoolean()).as("any JSON values").isTrue();
    }

    HttpResponse<String> docs = get(app("/docs"));
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).containsIgnoringCase("swagger");
  }
}
