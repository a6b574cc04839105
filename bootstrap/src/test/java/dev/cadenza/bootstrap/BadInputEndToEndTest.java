package dev.cadenza.bootstrap;

import static dev.cadenza.bootstrap.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.persistence.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inputs that once reached a {@code 500} or were stored other than sent, through the whole service on
 * real PostgreSQL: each is now a {@code 4xx} problem and changes nothing.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BadInputEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();

  static final DropwizardAppExtension<CadenzaConfiguration> APP = EndToEndApps.app(DB,
      EndToEndApps.tempDir("cadenza-bad-input-e2e"),
      ConfigOverride.config("auth.adminUsername", "e2e-admin"),
      ConfigOverride.config("auth.adminPassword", "e2e-admin-password"),
      ConfigOverride.config("cache.redisUrl", ""),
      ConfigOverride.config("searchTimeout", "1 second"));

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

  private static JsonNode problem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        contentType -> assertThat(contentType).startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertThat(problem.path("type").asText()).isEqualTo(type);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("jackson").doesNotContain("at org.");
    return problem;
  }

  private int playlists(String user) {
    return json(client.get("/api/v1/playlists?limit=100", user)).path("items").size();
  }

  private int albumCount() {
    return json(client.get("/api/v1/albums?limit=100", null)).path("items").size();
  }

  @Test
  void aSearchPastItsTimeLimitIs503AndTheNextOneAnswers() throws Exception {
    client.song(admin(), "Quixotic");
    HttpResponse<String> stopped;
    try (TableLock held = TableLock.exclusive(DB, "songs")) {
      long start = System.nanoTime();
      stopped = client.get("/api/v1/songs?q=ix", null);
      assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(15));
    }

    JsonNode problem = problem(stopped, 503, "/problems/service-unavailable");
    assertThat(problem.path("detail").asText()).contains("time limit");
    assertThat(stopped.headers().firstValue("Retry-After")).as("the same search would be cut again").isEmpty();
    HttpResponse<String> after = client.get("/api/v1/songs?q=ix", null);
    assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
    assertThat(json(after).path("items").findValuesAsText("title")).contains("Quixotic");
  }

  @Test
  void jsonBeyondTheParsersLimitsIsMalformedNotAFailure() {
    String deep = "[".repeat(1001) + "]".repeat(1001);
    JsonNode nested = problem(client.post("/api/v1/auth/token", null, deep), 400, "/problems/malformed-json");
    assertThat(nested.path("detail").asText()).contains("nesting depth").doesNotContain("StreamReadConstraints");

    String song = client.song(admin(), "Limits");
    String longNumber = "{\"score\":1" + "0".repeat(1001) + "}";
    problem(client.post("/api/v1/songs/" + song + "/ratings", admin(), longNumber), 400, "/problems/malformed-json");

    String longName = "{\"" + "a".repeat(50_001) + "\":1}";
    problem(client.post("/api/v1/users", null, longName), 400, "/problems/malformed-json");
    assertThat(json(client.get("/api/v1/songs/" + song, null)).path("rating").path("count").asInt()).isZero();
  }

  @Test
  void textWithNulOrHalfASurrogatePairIsRefusedAndNothingIsStored() {
    int albums = albumCount();
    JsonNode surrogate = problem(client.post("/api/v1/albums", admin(),
        "{\"title\":\"x\\ud800y\",\"performer\":\"P\",\"year\":2000}"), 422, "/problems/validation");
    assertThat(surrogate.path("errors").get(0).path("field").asText()).isEqualTo("title");
    assertThat(surrogate.path("errors").get(0).path("message").asText()).contains("surrogate");

    JsonNode nul = problem(client.post("/api/v1/albums", admin(),
        "{\"title\":\"ok\",\"performer\":\"a\\u0000b\",\"year\":2000}"), 422, "/problems/validation");
    assertThat(nul.path("errors").get(0).path("field").asText()).isEqualTo("performer");
    assertThat(albumCount()).isEqualTo(albums);

    // sign-in looks the name up in the database: the name never gets there
    JsonNode signIn = problem(client.post("/api/v1/auth/token", null,
        "{\"username\":\"a\\u0000b\",\"password\":\"whatever-password\"}"), 422, "/problems/validation");
    assertThat(signIn.path("errors").get(0).path("field").asText()).isEqualTo("username");
  }

  @Test
  void aPlaylistFileWithNulInATrackIsRefusedWithoutAPlaylist() {
    String user = client.newUser();
    int before = playlists(user);
    HttpResponse<String> imported = client.post("/api/v1/playlists/import?name=Nul", user,
        "{\"playlist\":{\"title\":\"T\",\"track\":[{\"title\":\"So\\u0000What\",\"creator\":\"Miles\"}]}}");
    JsonNode problem = problem(imported, 422, "/problems/validation");
    assertThat(problem.path("errors").get(0).path("message").asText()).contains("NUL");
    assertThat(playlists(user))
        .isEqualTo(before);
  }

  @Test
  void aFileSentAsJsonThatIsNoJsonObjectIsRefusedWithoutAPlaylist() {
    String user = client.newUser();
    int before = playlists(user);
    for (String body : new String[] {"[1,2]", "null", "123", "\"just a string\"", "\uFEFF [\"a\"]"}) {
      JsonNode problem = problem(client.post("/api/v1/playlists/import?name=NotJson", user, body), 422,
          "/problems/validation");
      assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("file");
      assertThat(problem.path("errors").get(0).path("message").asText()).contains("not a JSON object");
    }
    assertThat(playlists(user)).isEqualTo(before);
  }

  @Test
  void aMemberNamedTwiceIsMalformed() {
    String song = client.song(admin(), "Twice");
    JsonNode problem = problem(client.send("PATCH", client.url("/api/v1/songs/" + song), admin(),
        "{\"title\":\"a\",\"title\":\"b\"}"), 400, "/problems/malformed-json");
    assertThat(problem.path("detail").asText()).contains("title");
    assertThat(json(client.get("/api/v1/songs/" + song, null)).path("title").asText()).isEqualTo("Twice");
  }

  @Test
  void scoresBeyondTheDoublesAreInvalidNotAFailure() {
    String song = client.song(admin(), "Infinite");
    for (String score : new String[] {"1e400", "-1e400", "1E309", "0.99999999999999999999", "9.99999999999999999999",
        "10.0e0"}) {
      HttpResponse<String> rated = client.post("/api/v1/songs/" + song + "/ratings", admin(), "{\"score\":" + score + "}");
      if (score.equals("10.0e0")) {
        assertThat(rated.statusCode()).as("a whole number written as a fraction is the number").isEqualTo(201);
        continue;
      }
      JsonNode problem = problem(rated, 422, "/problems/validation");
      assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("score");
    }
    assertThat(json(client.get("/api/v1/songs/" + song, null)).path("rating").path("count").asInt()).isEqualTo(1);
  }

  @Test
  void timeStampsPostgresqlCannotHoldAreRefusedInFiltersAndCursors() {
    problem(client.get("/api/v1/admin/audit?since=%2B294277-01-01T00:00:00Z", admin()), 400, "/problems/bad-request");
    problem(client.get("/api/v1/admin/audit?since=%2B999999999-01-01T00:00:00Z", admin()), 400, "/problems/bad-request");
    assertThat(client.get("/api/v1/admin/audit?since=2000-01-01T00:00:00Z", admin()).statusCode()).isEqualTo(200);

    String user = client.newUser();
    String uuid = UUID.randomUUID().toString();
    for (String[] forged : new String[][] {{"saved", "/api/v1/me/library"}, {"newest", "/api/v1/admin/audit"}}) {
      for (String at : new String[] {"+294277-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z"}) {
        String cursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
            ("c1\u001f" + forged[0] + "\u001f" + at + "\u001f" + uuid).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> page = client.get(forged[1] + "?cursor=" + cursor, forged[0].equals("newest") ? admin() : user);
        assertThat(page.statusCode()).as(forged[1] + " " + at + ": " + page.body()).isEqualTo(400);
      }
    }
  }

  @Test
  void aRatingCursorWithADecimalPostgresqlCannotHoldIsRefused() {
    String uuid = UUID.randomUUID().toString();
    for (String average : new String[] {"1E-20000", "9.33333"}) {
      String cursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
          ("c1\u001frating\u001f" + average + "\u001f0\u001f" + uuid).getBytes(StandardCharsets.UTF_8));
      for (String list : new String[] {"/api/v1/songs", "/api/v1/albums"}) {
        HttpResponse<String> page = client.get(list + "?sort=rating&cursor=" + cursor, null);
        assertThat(page.statusCode()).as(list + " " + average + ": " + page.body()).isEqualTo(400);
      }
    }
  }

  @Test
  void aWholeNumberWithAHugeExponentIsOutOfRangeAtOnce() {
    int albums = albumCount();
    for (String year : new String[] {"1e1000000000", "-1e1000000000", "1e500000000", "1e25"}) {
      long start = System.nanoTime();
      HttpResponse<String> refused = client.post("/api/v1/albums", admin(),
          "{\"title\":\"Huge\",\"performer\":\"P\",\"year\":" + year + "}");
      assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as(year).isLessThan(java.time.Duration.ofSeconds(5));
      JsonNode problem = problem(refused, 422, "/problems/validation");
      assertThat(problem.path("errors").findValuesAsText("field")).as(year).contains("year");
    }
    assertThat(albumCount()).isEqualTo(albums);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return zipped.toByteArray();
  }

  private static String tracks(int from, int to) {
    StringBuilder file = new StringBuilder();
    for (int i = from; i < to; i++) {
      file.append("#EXTINF:1,Nobody - Track ").append(i).append("\nhttp://example.org/").append(i).append('\n');
    }
    return file.toString();
  }

  /**
   * Sends a chunked request whose body is {@code parts}, each flushed on its own after a pause, on a
   * connection that closes after the answer; returns the whole answer.
   */
  private static String chunked(String head, byte[]... parts) throws IOException, InterruptedException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", APP.getLocalPort())) {
      socket.setSoTimeout(20_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write((head + "Transfer-Encoding: chunked\r\nConnection: close\r\nHost: x\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      for (byte[] part : parts) {
        out.write((Integer.toHexString(part.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(part);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(300);
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.net.SocketException closedEarly) {
      return "closed: " + closedEarly.getMessage();
    }
  }

  /** The body of a whole HTTP/1.1 answer, its chunks joined when it came chunked. */
  private static String body(String answer) {
    int end = answer.indexOf("\r\n\r\n");
    String rest = answer.substring(end + 4);
    if (!answer.substring(0, end).toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
      return rest;
    }
    StringBuilder joined = new StringBuilder();
    int at = 0;
    while (true) {
      int line = rest.indexOf("\r\n", at);
      int size = Integer.parseInt(rest.substring(at, line).strip(), 16);
      if (size == 0) {
        return joined.toString();
      }
      // the answer is JSON, ASCII apart from escapes, so characters count as bytes
      joined.append(rest, line + 2, line + 2 + size);
      at = line + 2 + size + 2;
    }
  }

  @Test
  void aGzipBodyIsReadWholeAcrossMembersAndNothingElseIsTaken() throws Exception {
    String user = client.newUser();
    String head = "POST /api/v1/playlists/import?name=Members HTTP/1.1\r\nAuthorization: Bearer " + user
        + "\r\nContent-Type: audio/x-mpegurl\r\nContent-Encoding: gzip\r\n";

    // two gzip members that arrive half a second apart are one body of 600 items
    String both = chunked(head, gzip("#EXTM3U\n" + tracks(0, 300)), gzip(tracks(300, 600)));
    assertThat(both).startsWith("HTTP/1.1 201");
    assertThat(json(body(both).getBytes(StandardCharsets.UTF_8)).path("unmatched")).hasSize(600);

    // bytes after the last member are not gzip: refused, nothing imported
    String garbage = chunked(head, gzip("#EXTM3U\n" + tracks(0, 3)), "<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8));
    assertThat(garbage).startsWith("HTTP/1.1 400").contains("not valid gzip");
    assertThat(playlists(user)).isEqualTo(1);

    // coded bytes that inflate to nothing (a 2 MB file name in the gzip header) are held to the body limit
    byte[] member = gzip("#EXTM3U\n" + tracks(0, 3));
    ByteArrayOutputStream named = new ByteArrayOutputStream();
    named.write(member, 0, 3);
    named.write(member[3] | 0x08);
    named.write(member, 4, 6);
    named.write("n".repeat(2 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
    named.write(0);
    named.write(member, 10, member.length - 10);
    String huge = chunked(head, named.toByteArray());
    assertThat(huge).as("413, or the connection closed after it").satisfiesAnyOf(
        answer -> assertThat(answer).startsWith("HTTP/1.1 413"), answer -> assertThat(answer).startsWith("closed"));
    assertThat(playlists(user)).isEqualTo(1);

    // a coding other than gzip around the gzip one is left alone and refused as unsupported
    HttpResponse<String> brotli = client.send(HttpRequest.newBuilder(URI.create(client.url("/api/v1/playlists")))
        .header("Content-Type", "application/json").header("Content-Encoding", "gzip, br")
        .header("Authorization", "Bearer " + user)
        .POST(HttpRequest.BodyPublishers.ofByteArray(gzip("{\"name\":\"x\",\"visibility\":\"private\"}"))));
    assertThat(problem(brotli, 415, "/problems/unsupported-media-type").path("detail").asText()).contains("\"br\"");
    assertThat(playlists(user)).isEqualTo(1);
  }

  @Test
  void aGzipRequestRefusedBeforeItsBodyWasReadKeepsItsConnection() throws Exception {
    String user = client.newUser();
    byte[] body = gzip("{\"name\":\"Kept\",\"visibility\":\"private\"}");
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", APP.getLocalPort())) {
      socket.setSoTimeout(20_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(("POST /api/v1/playlists?bogus=1 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + user
          + "\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: " + body.length
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(300);
      out.write(body);
      out.write("GET /ping-not-here HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answers).startsWith("HTTP/1.1 400");
      assertThat(answers.indexOf("HTTP/1.1 404")).as("the second request was answered on the same connection")
          .isPositive();
    }
    assertThat(playlists(user)).isZero();
  }

  @Test
  void anHttpVersionJettyDoesNotSpeakIsA505NotAFailure() throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", APP.getLocalPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write("GET /status HTTP/9.9\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 505").contains("application/problem+json").doesNotContain("Exception");
    }
  }

  @Test
  void auditFiltersWithNulAreRefused() {
    for (String filter : new String[] {"actor", "resourceType", "resourceId"}) {
      HttpResponse<String> response = client.get("/api/v1/admin/audit?" + filter + "=%00", admin());
      assertThat(response.statusCode()).as(filter + ": " + response.body()).isBetween(400, 499);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
  }

  @Test
  void contentCodingsAreUndoneOrRefused() throws IOException {
    String body = "{\"name\":\"Coded " + UUID.randomUUID() + "\",\"visibility\":\"private\"}";
    String user = client.newUser();

    HttpResponse<String> notGzip = client.send(HttpRequest.newBuilder(URI.create(client.url("/api/v1/playlists")))
        .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
        .header("Authorization", "Bearer " + user).POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(problem(notGzip, 400, "/problems/bad-request").path("detail").asText()).contains("gzip");

    HttpResponse<String> brotli = client.send(HttpRequest.newBuilder(URI.create(client.url("/api/v1/playlists")))
        .header("Content-Type", "application/json").header("Content-Encoding", "br")
        .header("Authorization", "Bearer " + user).POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(problem(brotli, 415, "/problems/unsupported-media-type").path("detail").asText()).contains("\"br\"");

    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(body.getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse<String> gzipped = client.send(HttpRequest.newBuilder(URI.create(client.url("/api/v1/playlists")))
        .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
        .header("Authorization", "Bearer " + user).POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())));
    assertThat(gzipped.statusCode()).as(gzipped.body()).isEqualTo(201);
    assertThat(playlists(user))
        .as("only the gzip-coded request made a playlist").isEqualTo(1);

    // A gzip stream cut short, or whose CRC-32 is wrong, is not the body: nothing of it is imported.
    StringBuilder file = new StringBuilder("#EXTM3U\n");
    for (int i = 0; i < 300; i++) {
      file.append("#EXTINF:1,Nobody - Track ").append(i).append("\nhttp://example.org/").append(i).append('\n');
    }
    ByteArrayOutputStream list = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(list)) {
      gzip.write(file.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = list.toByteArray();
    byte[] badCrc = whole.clone();
    badCrc[badCrc.length - 8] ^= (byte) 0xff;
    byte[][] broken = {java.util.Arrays.copyOf(whole, whole.length / 2), java.util.Arrays.copyOf(whole, whole.length - 4),
        badCrc, java.util.Arrays.copyOf(whole, 5)};
    for (byte[] coded : broken) {
      HttpResponse<String> refused = client.send(HttpRequest.newBuilder(
              URI.create(client.url("/api/v1/playlists/import?name=Cut")))
          .header("Content-Type", "audio/x-mpegurl").header("Content-Encoding", "gzip")
          .header("Authorization", "Bearer " + user).POST(HttpRequest.BodyPublishers.ofByteArray(coded)));
      assertThat(problem(refused, 400, "/problems/bad-request").path("detail").asText()).as("%d bytes", coded.length)
          .contains("not valid gzip");
    }
    assertThat(playlists(user)).as("no broken body imported a playlist").isEqualTo(1);
    HttpResponse<String> imported = client.send(HttpRequest.newBuilder(
            URI.create(client.url("/api/v1/playlists/import?name=Whole")))
        .header("Content-Type", "audio/x-mpegurl").header("Content-Encoding", "gzip")
        .header("Authorization", "Bearer " + user).POST(HttpRequest.BodyPublishers.ofByteArray(whole)));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    assertThat(playlists(user)).isEqualTo(2);
  }
}
