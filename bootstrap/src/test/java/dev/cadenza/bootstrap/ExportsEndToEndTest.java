package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.cadenza.adapters.persistence.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Playlist exports and imports through HTTP, with the service's own export worker, real PostgreSQL
 * and a real SMTP server (GreenMail): every format is exported, mailed with the file attached, and
 * imported back to the same songs in the same order; plus access rules, bad input and the limit.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ExportsEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();
  private static final GreenMail SMTP = startSmtp();
  private static final String ADMIN = "ex-admin";
  private static final String ADMIN_PASSWORD = "ex-admin-password";
  private static final int EXPORT_LIMIT = 6;

  static final DropwizardAppExtension<CadenzaConfiguration> APP = EndToEndApps.app(DB, tempDir().toString(),
      ConfigOverride.config("auth.adminUsername", ADMIN),
      ConfigOverride.config("auth.adminPassword", ADMIN_PASSWORD),
      ConfigOverride.config("mail.smtpHost", "127.0.0.1"),
      ConfigOverride.config("mail.smtpPort", Integer.toString(SMTP.getSmtp().getPort())),
      ConfigOverride.config("mail.smtpTls", "none"),
      ConfigOverride.config("mail.smtpFrom", "cadenza@test.example"),
      ConfigOverride.config("exports.pollInterval", "100 milliseconds"),
      ConfigOverride.config("exports.perUserLimit", Integer.toString(EXPORT_LIMIT)),
      ConfigOverride.config("exports.publicUrl", "https://music.example.com"));

  private static final Client CLIENT = new Client(APP);

  private static String admin;
  private static String owner;
  private static String editor;
  private static String viewer;
  private static String stranger;
  private static String playlist;
  private static List<String> titles;

  private static GreenMail startSmtp() {
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    return mail;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("cadenza-exports");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  private static JsonNode ok(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as("%s %s: %s", r.request().method(), r.request().uri(), r.body()).isEqualTo(status);
    return r.body().isEmpty() ? null : Client.json(r);
  }

  private static String song(String title, String performer) {
    return song(title, performer, null);
  }

  private static String song(String title, String performer, String albumId) {
    return ok(CLIENT.post("/api/v1/songs", admin, "{\"title\":\"" + escaped(title) + "\",\"performer\":\""
        + escaped(performer) + "\",\"genre\":\"Jazz\",\"year\":1999,\"durationSeconds\":200"
        + (albumId == null ? "" : ",\"albumId\":\"" + albumId + "\"") + "}"), 201).get("id").asText();
  }

  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String userId(String token) {
    return ok(CLIENT.get("/api/v1/me", token), 200).get("id").asText();
  }

  @BeforeAll
  static void cast() {
    admin = CLIENT.token(ADMIN, ADMIN_PASSWORD, false);
    owner = CLIENT.newUser();
    editor = CLIENT.newUser();
    viewer = CLIENT.newUser();
    stranger = CLIENT.newUser();
    String a = song("Søndag", "Ólafur Arnalds");
    String b = song("Blue, \"Green\" & <Red>", "Quartet - Live");
    String giantSteps = ok(CLIENT.post("/api/v1/albums", admin,
        "{\"title\":\"Giant Steps & <More>\",\"performer\":\"John Coltrane\",\"year\":1960}"), 201).get("id").asText();
    String c = song("Naïma", "John Coltrane", giantSteps);
    playlist = ok(CLIENT.post("/api/v1/playlists", owner, "{\"name\":\"Export me\",\"description\":\"For the test\","
        + "\"visibility\":\"private\"}"), 201).get("id").asText();
    ok(CLIENT.post("/api/v1/playlists/" + playlist + "/entries", owner,
        "{\"songIds\":[\"" + a + "\",\"" + b + "\",\"" + c + "\",\"" + a + "\"]}"), 201);
    titles = List.of("Søndag", "Blue, \"Green\" & <Red>", "Naïma", "Søndag");
    for (String[] member : new String[][] {{editor, "editor"}, {viewer, "viewer"}}) {
      HttpResponse<String> r = CLIENT.send("PUT", CLIENT.url("/api/v1/playlists/" + playlist + "/collaborators/"
          + userId(member[0])), owner, "{\"role\":\"" + member[1] + "\"}");
      assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
    }
  }

  private static JsonNode requestExport(String token, String format, String email) {
    HttpResponse<String> r = CLIENT.post("/api/v1/playlists/" + playlist + "/exports", token,
        "{\"format\":\"" + format + "\"" + (email == null ? "" : ",\"email\":\"" + email + "\"") + "}");
    JsonNode job = ok(r, 202);
    assertThat(r.headers().firstValue("Location")).hasValueSatisfying(
        l -> assertThat(l).endsWith("/api/v1/exports/" + job.get("id").asText()));
    return job;
  }

  /** Polls the job until it finished, at most 30 s. */
  private static JsonNode finished(String token, String id) {
    Instant deadline = Instant.now().plusSeconds(30);
    while (true) {
      JsonNode job = ok(CLIENT.get("/api/v1/exports/" + id, token), 200);
      String status = job.get("status").asText();
      if (status.equals("succeeded") || status.equals("failed") || Instant.now().isAfter(deadline)) {
        return job;
      }
      sleep(100);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> entryTitles(String playlistId, String token) {
    JsonNode page = ok(CLIENT.get("/api/v1/playlists/" + playlistId + "/entries?limit=100", token), 200);
    List<String> result = new ArrayList<>();
    page.get("items").forEach(e -> result.add(e.get("song").get("title").asText()));
    return result;
  }

  private static MimeMessage mailFor(String jobId) throws Exception {
    String messageId = "<export-" + jobId + "@cadenza>";
    Instant deadline = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage m : SMTP.getReceivedMessages()) {
        if (messageId.equals(m.getMessageID())) {
          return m;
        }
      }
      sleep(100);
    }
    throw new AssertionError("no e-mail with Message-ID " + messageId);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "m3u8", "xspf", "jspf"})
  void exportsAreMailedDownloadableAndImportBackToTheSameSongsInOrder(String format) throws Exception {
    JsonNode accepted = requestExport(owner, format, "owner@example.com");
    assertThat(accepted.get("status").asText()).isIn("queued", "running", "succeeded");
    String id = accepted.get("id").asText();

    JsonNode job = finished(owner, id);
    assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("succeeded");
    assertThat(job.get("emailSent").asBoolean()).isTrue();
    assertThat(job.get("fileUrl").asText()).isEqualTo("/api/v1/exports/" + id + "/file");
    // polling with the tag of the finished job: nothing changes any more
    HttpResponse<String> done = CLIENT.get("/api/v1/exports/" + id, owner);
    String tag = done.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> unchanged = CLIENT.send(HttpRequest.newBuilder(URI.create(CLIENT.url("/api/v1/exports/" + id)))
        .header("Authorization", "Bearer " + owner).header("If-None-Match", tag));
    assertThat(unchanged.statusCode()).isEqualTo(304);
    assertThat(unchanged.headers().firstValue("ETag")).hasValue(tag);
    assertThat(CLIENT.send(HttpRequest.newBuilder(URI.create(CLIENT.url("/api/v1/exports/" + id)))
        .header("Authorization", "Bearer " + owner).header("If-None-Match", "\"1-0-queued\"")).statusCode())
        .as("a tag of another state").isEqualTo(200);

    HttpResponse<byte[]> file = CLIENT.sendBytes("GET", "/api/v1/exports/" + id + "/file", owner, null, null);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        d -> assertThat(d).contains("playlist-" + playlist + "." + format));
    assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    String text = new String(file.body(), StandardCharsets.UTF_8);
    assertThat(text).contains("Naïma").contains("Ólafur Arnalds");
    if (!format.equals("m3u8")) {
      // the formats with an album field name the album of the song that is on one
      assertThat(text).containsPattern(format.equals("xspf") ? "<album>Giant Steps &amp; &lt;More&gt;</album>"
          : "\"album\"\\s*:\\s*\"Giant Steps & <More>\"");
    }
    if (!format.equals("json")) {
      assertThat(text).contains("https://music.example.com/api/v1/songs/");
    }

    MimeMessage mail = mailFor(id);
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("owner@example.com");
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    byte[] attached = null;
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        assertThat(part.getFileName()).isEqualTo("playlist-" + playlist + "." + format);
        attached = part.getInputStream().readAllBytes();
      }
    }
    assertThat(attached).as("the attachment").isEqualTo(file.body());

    HttpResponse<byte[]> imported = CLIENT.sendBytes("POST", "/api/v1/playlists/import", stranger, file.body(),
        "application/octet-stream");
    assertThat(imported.statusCode()).as(new String(imported.body(), StandardCharsets.UTF_8)).isEqualTo(201);
    JsonNode result = Client.json(imported.body());
    assertThat(result.get("format").asText()).isEqualTo(format);
    assertThat(result.get("matched").asInt()).isEqualTo(4);
    assertThat(result.get("unmatched")).isEmpty();
    assertThat(result.get("playlist").get("visibility").asText()).isEqualTo("private");
    assertThat(imported.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
        .endsWith("/api/v1/playlists/" + result.get("playlist").get("id").asText()));
    assertThat(entryTitles(result.get("playlist").get("id").asText(), stranger)).containsExactlyElementsOf(titles);
  }

  @Test
  void importMatchesLooselyAndReportsWhatItCouldNotMatch() {
    String m3u = "#EXTM3U\n#PLAYLIST:Loose\n#EXTINF:200,JOHN COLTRANE - naima\nx.mp3\n"
        + "#EXTINF:100,Nobody - Nothing at all\ny.mp3\n#EXTINF:200,olafur arnalds - SONDAG\nz.mp3\n";
    HttpResponse<byte[]> r = CLIENT.sendBytes("POST", "/api/v1/playlists/import?name=Mine", editor,
        m3u.getBytes(StandardCharsets.UTF_8), "audio/x-mpegurl");
    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode result = Client.json(r.body());
    assertThat(result.get("playlist").get("name").asText()).isEqualTo("Mine");
    assertThat(result.get("matched").asInt()).isEqualTo(2);
    assertThat(result.get("unmatched")).hasSize(1);
    assertThat(result.get("unmatched").get(0).get("number").asInt()).isEqualTo(2);
    assertThat(result.get("unmatched").get(0).get("line").asText()).contains("Nobody - Nothing at all");
    assertThat(entryTitles(result.get("playlist").get("id").asText(), editor)).containsExactly("Naïma", "Søndag");
  }

  @Test
  void aFileWhoseTitleAndAnnotationSpanLinesImportsWithThemMadeToFit() {
    String xspf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<playlist xmlns=\"http://xspf.org/ns/0/\" version=\"1\"><title>Road\n\ttrip</title>"
        + "<annotation>line one\nline\ttwo</annotation><trackList><track><title>Naima</title>"
        + "<creator>John Coltrane</creator></track></trackList></playlist>";
    HttpResponse<byte[]> r = CLIENT.sendBytes("POST", "/api/v1/playlists/import", editor,
        xspf.getBytes(StandardCharsets.UTF_8), "application/xspf+xml");
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(201);
    JsonNode playlist = Client.json(r.body()).get("playlist");
    assertThat(playlist.get("name").asText()).isEqualTo("Road trip");
    assertThat(playlist.get("description").asText()).isEqualTo("line one\nline\ttwo");
    assertThat(Client.json(r.body()).get("matched").asInt()).isEqualTo(1);
  }

  @Test
  void anImportWithAnIdempotencyKeyCreatesOnePlaylist() {
    byte[] m3u = "#EXTM3U\n#EXTINF:200,John Coltrane - Naima\nx.mp3\n".getBytes(StandardCharsets.UTF_8);
    String importer = CLIENT.newUser();
    long before = count("SELECT count(*) FROM playlists");
    HttpResponse<String> first = importKeyed("/api/v1/playlists/import?name=Once", importer, "import-1", m3u);
    HttpResponse<String> retry = importKeyed("/api/v1/playlists/import?name=Once", importer, "import-1", m3u);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(Client.json(retry).get("playlist").get("id").asText())
        .isEqualTo(Client.json(first).get("playlist").get("id").asText());
    assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    // the same key with another name or another file is another request
    HttpResponse<String> otherName = importKeyed("/api/v1/playlists/import?name=Twice", importer, "import-1", m3u);
    assertThat(otherName.statusCode()).as(otherName.body()).isEqualTo(422);
    assertThat(Client.json(otherName).path("code").asText()).isEqualTo("IdempotencyKeyReused");
    byte[] otherFile = "#EXTM3U\n#EXTINF:200,Olafur Arnalds - Sondag\nz.mp3\n".getBytes(StandardCharsets.UTF_8);
    assertThat(importKeyed("/api/v1/playlists/import?name=Once", importer, "import-1", otherFile).statusCode())
        .isEqualTo(422);
    assertThat(importKeyed("/api/v1/playlists/import", importer, "has space", m3u).statusCode()).isEqualTo(400);
    assertThat(count("SELECT count(*) FROM playlists")).isEqualTo(before + 1);
  }

  @Test
  void anExportWithAnIdempotencyKeyQueuesOneJob() {
    long before = count("SELECT count(*) FROM export_jobs");
    HttpResponse<String> first = exportKeyed(editor, "export-1", "{\"format\":\"json\"}");
    HttpResponse<String> retry = exportKeyed(editor, "export-1", "{\"format\":\"json\"}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(202);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(Client.json(retry).get("id")).isEqualTo(Client.json(first).get("id"));
    assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    HttpResponse<String> other = exportKeyed(editor, "export-1", "{\"format\":\"m3u8\"}");
    assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
    assertThat(Client.json(other).path("code").asText()).isEqualTo("IdempotencyKeyReused");
    assertThat(count("SELECT count(*) FROM export_jobs")).isEqualTo(before + 1);
    finished(editor, Client.json(first).get("id").asText());
  }

  private static HttpResponse<String> exportKeyed(String token, String key, String body) {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(CLIENT.url("/api/v1/playlists/" + playlist + "/exports")))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> importKeyed(String path, String token, String key, byte[] body) {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(CLIENT.url(path)))
        .header("Authorization", "Bearer " + token).header("Content-Type", "audio/x-mpegurl")
        .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  @Test
  void onlyTheOwnerAndEditorsExportAndOnlyTheRequesterSeesTheJob() {
    String id = requestExport(editor, "m3u8", null).get("id").asText();
    assertThat(finished(editor, id).get("status").asText()).isEqualTo("succeeded");

    assertThat(CLIENT.post("/api/v1/playlists/" + playlist + "/exports", viewer, "{\"format\":\"json\"}").statusCode())
        .isEqualTo(403);
    assertThat(CLIENT.post("/api/v1/playlists/" + playlist + "/exports", stranger, "{\"format\":\"json\"}")
        .statusCode()).isEqualTo(404);
    assertThat(CLIENT.post("/api/v1/playlists/" + playlist + "/exports", null, "{\"format\":\"json\"}").statusCode())
        .isEqualTo(401);
    assertThat(CLIENT.get("/api/v1/exports/" + id, owner).statusCode()).isEqualTo(404);
    assertThat(CLIENT.get("/api/v1/exports/" + id + "/file", stranger).statusCode()).isEqualTo(404);
    assertThat(CLIENT.get("/api/v1/exports/not-an-id", editor).statusCode()).isEqualTo(404);
  }

  @Test
  void badInputIsRefusedWithAProblemAndChangesNothing() {
    long jobsBefore = count("SELECT count(*) FROM export_jobs");
    long playlistsBefore = count("SELECT count(*) FROM playlists");

    HttpResponse<String> format = CLIENT.post("/api/v1/playlists/" + playlist + "/exports", owner,
        "{\"format\":\"wav\"}");
    assertThat(format.statusCode()).isEqualTo(422);
    assertThat(format.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(format.body()).contains("format");
    for (String address : new String[] {"not an address", "a..b@example.org", ".a@example.org"}) {
      // what a mail server refuses is refused at once, not by a job that fails five times
      assertThat(CLIENT.post("/api/v1/playlists/" + playlist + "/exports", owner,
          "{\"format\":\"json\",\"email\":\"" + address + "\"}").statusCode()).as(address).isEqualTo(422);
    }
    assertThat(CLIENT.post("/api/v1/playlists/" + playlist + "/exports", owner, "{\"email\":\"a@b.example\"}")
        .statusCode()).isEqualTo(422);

    HttpResponse<byte[]> binary = CLIENT.sendBytes("POST", "/api/v1/playlists/import", owner,
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "audio/x-mpegurl");
    assertThat(binary.statusCode()).isEqualTo(422);
    HttpResponse<byte[]> empty = CLIENT.sendBytes("POST", "/api/v1/playlists/import", owner,
        "#EXTM3U\n".getBytes(StandardCharsets.UTF_8), "audio/x-mpegurl");
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(new String(empty.body(), StandardCharsets.UTF_8)).contains("no playlist entries");
    HttpResponse<byte[]> xml = CLIENT.sendBytes("POST", "/api/v1/playlists/import", owner,
        "<playlist><trackList><track>".getBytes(StandardCharsets.UTF_8), "application/xspf+xml");
    assertThat(xml.statusCode()).isEqualTo(422);
    byte[] huge = new byte[(1 << 20) + 10];
    Arrays.fill(huge, (byte) 'a');
    assertThat(CLIENT.sendBytes("POST", "/api/v1/playlists/import", owner, huge, "audio/x-mpegurl").statusCode())
        .isEqualTo(413);
    StringBuilder many = new StringBuilder("#EXTM3U\n");
    for (int i = 0; i <= 5000; i++) {
      many.append("#EXTINF:1,A - Song ").append(i).append("\nx.mp3\n");
    }
    HttpResponse<byte[]> tooMany = CLIENT.sendBytes("POST", "/api/v1/playlists/import", owner,
        many.toString().getBytes(StandardCharsets.UTF_8), "audio/x-mpegurl");
    assertThat(tooMany.statusCode()).isEqualTo(422);
    assertThat(new String(tooMany.body(), StandardCharsets.UTF_8)).contains("5000");

    assertThat(count("SELECT count(*) FROM export_jobs")).isEqualTo(jobsBefore);
    assertThat(count("SELECT count(*) FROM playlists")).isEqualTo(playlistsBefore);
  }

  @Test
  void exportsAreLimitedPerUser() {
    String busy = CLIENT.newUser();
    String own = ok(CLIENT.post("/api/v1/playlists", busy, "{\"name\":\"Busy\",\"visibility\":\"public\"}"), 201)
        .get("id").asText();
    for (int i = 0; i < EXPORT_LIMIT; i++) {
      ok(CLIENT.post("/api/v1/playlists/" + own + "/exports", busy, "{\"format\":\"json\"}"), 202);
    }
    HttpResponse<String> limited = CLIENT.post("/api/v1/playlists/" + own + "/exports", busy, "{\"format\":\"json\"}");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
        v -> assertThat(Long.parseLong(v)).isBetween(1L, Duration.ofHours(1).toSeconds()));
  }

  private static long count(String sql) {
    return DB.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
