package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.testing.builders.CoverImages;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenMusic v3 compatibility adapter through HTTP at {@code /openmusic}, on real PostgreSQL, the
 * service's cache, object store, export worker and a real SMTP server (GreenMail): the key paths of
 * the contract (accounts and tokens, albums and songs, playlists with songs, collaboration, history,
 * likes with {@code X-Data-Source}, covers whose URL serves the image, exports mailed as the
 * contract's JSON), and the native API keeping its own rules beside it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OpenMusicEndToEndTest {

  private static final TestDatabase DB = TestDatabase.create();
  private static final GreenMail SMTP = startSmtp();
  private static final String OM = "/openmusic";
  /** A small cover limit, so that the client has sent the whole body before the 413 (as newman's fixtures). */
  private static final int MAX_COVER = 4096;

  static final DropwizardAppExtension<CadenzaConfiguration> APP = EndToEndApps.app(DB, tempDir().toString(),
      ConfigOverride.config("openmusic.enabled", "true"),
      ConfigOverride.config("storage.coverMaxBytes", Integer.toString(MAX_COVER)),
      ConfigOverride.config("mail.smtpHost", "127.0.0.1"),
      ConfigOverride.config("mail.smtpPort", Integer.toString(SMTP.getSmtp().getPort())),
      ConfigOverride.config("mail.smtpTls", "none"),
      ConfigOverride.config("mail.smtpFrom", "cadenza@test.example"),
      ConfigOverride.config("exports.pollInterval", "100 milliseconds"),
      ConfigOverride.config("searchTimeout", "1 second"));

  private static final Client CLIENT = new Client(APP);

  private static GreenMail startSmtp() {
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    return mail;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("cadenza-openmusic");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  private static HttpResponse<String> om(String method, String path, String token, String body) {
    return CLIENT.send(method, CLIENT.url(OM + path), token, body);
  }

  /** The contract's success: the status, JSON, {@code status: success}; answers {@code data}. */
  private static JsonNode success(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as("%s %s: %s", r.request().method(), r.request().uri(), r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/json"));
    JsonNode json = Client.json(r);
    assertThat(json.path("status").asText()).isEqualTo("success");
    return json.path("data");
  }

  private static void failure(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as("%s %s: %s", r.request().method(), r.request().uri(), r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/json"));
    JsonNode json = Client.json(r);
    assertThat(json.path("status").asText()).isEqualTo("fail");
    assertThat(json.path("message").isTextual()).isTrue();
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String register(String username) {
    return success(om("POST", "/users", null, "{\"username\":\"" + username + "\",\"password\":\"secret\","
        + "\"fullname\":\"John Doe\"}"), 201).path("userId").asText();
  }

  private static JsonNode login(String username) {
    return success(om("POST", "/authentications", null, "{\"username\":\"" + username
        + "\",\"password\":\"secret\"}"), 201);
  }

  private static String song(String title) {
    return success(om("POST", "/songs", null, "{\"title\":\"" + title + "\",\"year\":2008,\"performer\":\"Coldplay\","
        + "\"genre\":\"Pop\",\"duration\":120}"), 201).path("songId").asText();
  }

  private static String album(String name) {
    return success(om("POST", "/albums", null, "{\"name\":\"" + name + "\",\"year\":2008}"), 201)
        .path("albumId").asText();
  }

  @Test
  void aSongSearchPastItsTimeLimitFailsWith503AndTheNextOneAnswers() throws Exception {
    String title = unique("Timed");
    song(title);
    HttpResponse<String> stopped;
    try (TableLock held = TableLock.exclusive(DB, "songs")) {
      stopped = om("GET", "/songs?title=" + title.substring(5), null, null);
    }

    assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(503);
    assertThat(Client.json(stopped).path("status").asText()).isEqualTo("error");
    assertThat(stopped.headers().firstValue("Retry-After")).isEmpty();
    assertThat(stopped.body()).contains("time limit").doesNotContain("canceling statement");
    JsonNode found = success(om("GET", "/songs?title=" + title.substring(5), null, null), 200);
    assertThat(found.path("songs").findValuesAsText("title")).containsExactly(title);
  }


  @Test
  void accountsTokensAndTheNativeRulesBesideThem() {
    String john = unique("john");
    register(john);
    failure(om("POST", "/users", null, "{\"username\":\"" + john + "\",\"password\":\"secret\",\"fullname\":\"J\"}"),
        400);
    failure(om("POST", "/authentications", null, "{\"username\":\"" + john + "\",\"password\":\"wrong\"}"), 401);

    JsonNode tokens = login(john);
    String refresh = tokens.path("refreshToken").asText();
    failure(om("PUT", "/authentications", null, "{\"refreshToken\":\"" + tokens.path("accessToken").asText()
        + "\"}"), 400);
    String renewed = success(om("PUT", "/authentications", null, "{\"refreshToken\":\"" + refresh + "\"}"), 200)
        .path("accessToken").asText();
    assertThat(CLIENT.get("/api/v1/me", renewed).statusCode()).as("the same accounts as the native API").isEqualTo(200);
    success(om("DELETE", "/authentications", null, "{\"refreshToken\":\"" + refresh + "\"}"), 200);
    failure(om("DELETE", "/authentications", null, "{\"refreshToken\":\"" + refresh + "\"}"), 400);
    failure(om("PUT", "/authentications", null, "{\"refreshToken\":\"" + refresh + "\"}"), 400);

    // a native sign-in's refresh token stays single use when presented here (the adapter does not rotate its own)
    String nativeRefresh = Client.json(CLIENT.post("/api/v1/auth/token", null, "{\"username\":\"" + john
        + "\",\"password\":\"secret\"}")).path("refreshToken").asText();
    String successor = success(om("PUT", "/authentications", null, "{\"refreshToken\":\"" + nativeRefresh + "\"}"),
        200).path("refreshToken").asText();
    assertThat(successor).isNotEmpty().isNotEqualTo(nativeRefresh);
    failure(om("PUT", "/authentications", null, "{\"refreshToken\":\"" + nativeRefresh + "\"}"), 400);
    assertThat(CLIENT.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + successor + "\"}").statusCode())
        .as("presenting the spent token again revoked the session").isEqualTo(401);

    HttpResponse<String> nativeShortPassword = CLIENT.post("/api/v1/users", null,
        "{\"username\":\"" + unique("nat") + "\",\"password\":\"secret\",\"fullName\":\"N\"}");
    assertThat(nativeShortPassword.statusCode()).as("the native password policy is unchanged").isEqualTo(422);
    assertThat(CLIENT.post("/api/v1/albums", null, "{\"title\":\"Anon\",\"year\":2008}").statusCode())
        .as("the native API still refuses anonymous catalog writes").isEqualTo(401);
  }

  @Test
  void albumsSongsAndCoversWhoseUrlServesTheImage() throws Exception {
    String album = album("Viva la vida");
    failure(om("POST", "/albums", null, "{\"name\":\"Bad\",\"year\":\"dummy\"}"), 400);
    String song = success(om("POST", "/songs", null, "{\"title\":\"Life in Technicolor\",\"year\":2008,"
        + "\"performer\":\"Coldplay\",\"genre\":\"Pop\",\"duration\":120,\"albumId\":\"" + album + "\"}"), 201)
        .path("songId").asText();

    JsonNode detail = success(om("GET", "/albums/" + album, null, null), 200).path("album");
    assertThat(detail.path("coverUrl").isNull()).isTrue();
    assertThat(detail.path("songs")).hasSize(1);
    JsonNode one = success(om("GET", "/songs/" + song, null, null), 200).path("song");
    assertThat(one.path("year").asInt()).isEqualTo(2008);
    assertThat(one.path("duration").asInt()).isEqualTo(120);
    success(om("PUT", "/songs/" + song, null, "{\"title\":\"Life in Technicolor revision\",\"year\":2010,"
        + "\"performer\":\"Coldplay 2\",\"genre\":\"Hip Hop\",\"duration\":125}"), 200);
    assertThat(success(om("GET", "/songs/" + song, null, null), 200).path("song").path("genre").asText())
        .isEqualTo("Hip Hop");
    failure(om("GET", "/songs/xxx", null, null), 404);

    failure(upload(album, CoverImages.text(), "text/plain"), 400);
    failure(upload(album, CoverImages.pngOfSize(MAX_COVER + 1, 1), "image/png"), 413);
    HttpResponse<String> uploaded = upload(album, CoverImages.jpeg(3), "image/jpeg");
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    String coverUrl = success(om("GET", "/albums/" + album, null, null), 200).path("album").path("coverUrl").asText();
    assertThat(coverUrl).startsWith(CLIENT.url("/api/v1/albums/" + album + "/cover?v="));
    HttpResponse<byte[]> image = CLIENT.sendBytes("GET", coverUrl.substring(CLIENT.url("").length()), null, null,
        null);
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.body()).isEqualTo(CoverImages.jpeg(3));

    success(om("DELETE", "/songs/" + song, null, ""), 200);
    success(om("DELETE", "/albums/" + album, null, ""), 200);
    failure(om("GET", "/albums/" + album, null, null), 404);
  }

  private static HttpResponse<String> upload(String album, byte[] content, String type) {
    String boundary = "openmusic-e2e";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"cover\"; filename=\"c\"\r\n"
        + "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> r = CLIENT.sendBytes("POST", OM + "/albums/" + album + "/covers", null, out.toByteArray(),
        "multipart/form-data; boundary=" + boundary);
    return new StringResponse(r);
  }

  @Test
  void playlistsCollaborationHistoryAndTheMailedExport() throws Exception {
    String john = unique("john");
    register(john);
    String tomId = register(unique("tom"));
    String jane = unique("jane");
    register(jane);
    String johnToken = login(john).path("accessToken").asText();
    String janeToken = login(jane).path("accessToken").asText();
    String a = song("Life in Technicolor");
    String b = song("Fix You");

    String playlist = success(om("POST", "/playlists", johnToken, "{\"name\":\"Lagu Indie Hits Indonesia\"}"), 201)
        .path("playlistId").asText();
    success(om("POST", "/playlists/" + playlist + "/songs", johnToken, "{\"songId\":\"" + a + "\"}"), 201);
    success(om("POST", "/playlists/" + playlist + "/songs", johnToken, "{\"songId\":\"" + b + "\"}"), 201);
    success(om("DELETE", "/playlists/" + playlist + "/songs", johnToken, "{\"songId\":\"" + a + "\"}"), 200);
    // the same song ten times, removed by ten requests at once: each removes one copy
    String repeats = success(om("POST", "/playlists", johnToken, "{\"name\":\"Repeats\"}"), 201)
        .path("playlistId").asText();
    for (int i = 0; i < 10; i++) {
      success(om("POST", "/playlists/" + repeats + "/songs", johnToken, "{\"songId\":\"" + a + "\"}"), 201);
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
    List<HttpResponse<String>> removals = new ArrayList<>();
    try {
      java.util.concurrent.Callable<HttpResponse<String>> removal = () -> om("DELETE",
          "/playlists/" + repeats + "/songs", johnToken, "{\"songId\":\"" + a + "\"}");
      for (java.util.concurrent.Future<HttpResponse<String>> done : pool.invokeAll(
          java.util.Collections.nCopies(10, removal))) {
        removals.add(done.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(removals).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
    failure(om("DELETE", "/playlists/" + repeats + "/songs", johnToken, "{\"songId\":\"" + a + "\"}"), 404);
    success(om("DELETE", "/playlists/" + repeats, johnToken, null), 200);
    failure(om("GET", "/playlists/" + playlist + "/songs", janeToken, ""), 403);
    assertThat(CLIENT.get("/api/v1/playlists/" + playlist, janeToken).statusCode())
        .as("the native API still hides private playlists from non-members").isEqualTo(404);

    JsonNode songs = success(om("GET", "/playlists/" + playlist + "/songs", johnToken, ""), 200).path("playlist");
    assertThat(songs.path("username").asText()).isEqualTo(john);
    assertThat(songs.path("songs")).hasSize(1);
    List<String> history = new ArrayList<>();
    success(om("GET", "/playlists/" + playlist + "/activities", johnToken, null), 200).path("activities")
        .forEach(x -> history.add(x.path("title").asText() + "/" + x.path("action").asText()));
    assertThat(history).containsExactly("Life in Technicolor/add", "Fix You/add", "Life in Technicolor/delete");
    // a song deleted from the catalog leaves the playlist: a delete in its history too
    String doomed = song("Lost");
    success(om("POST", "/playlists/" + playlist + "/songs", johnToken, "{\"songId\":\"" + doomed + "\"}"), 201);
    success(om("DELETE", "/songs/" + doomed, null, ""), 200);
    List<String> after = new ArrayList<>();
    success(om("GET", "/playlists/" + playlist + "/activities", johnToken, null), 200).path("activities")
        .forEach(x -> after.add(x.path("title").asText() + "/" + x.path("action").asText()));
    assertThat(after).endsWith("Lost/add", "Lost/delete");

    String tom = success(om("GET", "/users/" + tomId, null, null), 200).path("user").path("username").asText();
    String tomToken = login(tom).path("accessToken").asText();
    success(om("POST", "/collaborations", johnToken, "{\"playlistId\":\"" + playlist + "\",\"userId\":\"" + tomId
        + "\"}"), 201);
    JsonNode tomsPlaylists = success(om("GET", "/playlists", tomToken, ""), 200).path("playlists");
    assertThat(tomsPlaylists).hasSize(1);
    assertThat(tomsPlaylists.get(0).path("username").asText()).isEqualTo(john);
    success(om("POST", "/playlists/" + playlist + "/songs", tomToken, "{\"songId\":\"" + a + "\"}"), 201);
    failure(om("DELETE", "/playlists/" + playlist, tomToken, ""), 403);
    failure(om("POST", "/export/playlists/" + playlist, tomToken, "{\"targetEmail\":\"tom@example.com\"}"), 403);
    success(om("DELETE", "/collaborations", johnToken, "{\"playlistId\":\"" + playlist + "\",\"userId\":\"" + tomId
        + "\"}"), 200);
    failure(om("POST", "/playlists/" + playlist + "/songs", tomToken, "{\"songId\":\"" + a + "\"}"), 403);

    failure(om("POST", "/export/playlists/" + playlist, janeToken, "{\"targetEmail\":\"jane@example.com\"}"), 403);
    HttpResponse<String> export = om("POST", "/export/playlists/" + playlist, johnToken,
        "{\"targetEmail\":\"listener@example.com\"}");
    assertThat(export.statusCode()).as(export.body()).isEqualTo(201);
    assertThat(Client.json(export).path("message").asText()).isEqualTo("Permintaan Anda sedang kami proses");

    JsonNode attached = Client.json(attachmentTo("listener@example.com"));
    assertThat(attached.size()).isEqualTo(1);
    JsonNode exported = attached.path("playlist");
    assertThat(exported.path("id").asText()).isEqualTo(playlist);
    assertThat(exported.path("name").asText()).isEqualTo("Lagu Indie Hits Indonesia");
    List<String> titles = new ArrayList<>();
    exported.path("songs").forEach(s -> {
      assertThat(s.size()).isEqualTo(3);
      titles.add(s.path("title").asText());
    });
    assertThat(titles).containsExactly("Fix You", "Life in Technicolor");

    success(om("DELETE", "/playlists/" + playlist, johnToken, ""), 200);
    failure(om("GET", "/playlists/" + playlist + "/activities", johnToken, null), 404);
  }

  private static byte[] attachmentTo(String address) throws Exception {
    Instant deadline = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage m : SMTP.getReceivedMessages()) {
        if (address.equals(m.getAllRecipients()[0].toString())) {
          MimeMultipart parts = (MimeMultipart) m.getContent();
          for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
              assertThat(part.getFileName()).endsWith(".json");
              assertThat(part.getContentType()).startsWith("application/json");
              return part.getInputStream().readAllBytes();
            }
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no export mailed to " + address);
  }

  @Test
  void likesComeFromTheCacheExactlyWhenItServesThem() {
    String album = album("Parachutes");
    String john = unique("john");
    String jane = unique("jane");
    register(john);
    register(jane);
    String johnToken = login(john).path("accessToken").asText();
    String janeToken = login(jane).path("accessToken").asText();

    failure(om("POST", "/albums/" + album + "/likes", null, null), 401);
    failure(om("POST", "/albums/xxx/likes", johnToken, null), 404);
    success(om("POST", "/albums/" + album + "/likes", johnToken, null), 201);
    failure(om("POST", "/albums/" + album + "/likes", johnToken, null), 400);
    success(om("POST", "/albums/" + album + "/likes", janeToken, null), 201);

    HttpResponse<String> first = om("GET", "/albums/" + album + "/likes", null, null);
    assertThat(success(first, 200).path("likes").asLong()).isEqualTo(2);
    assertThat(Client.source(first)).isNotEqualTo("cache");
    success(om("DELETE", "/albums/" + album + "/likes", janeToken, null), 200);
    HttpResponse<String> afterUnlike = om("GET", "/albums/" + album + "/likes", null, null);
    assertThat(success(afterUnlike, 200).path("likes").asLong()).isEqualTo(1);
    assertThat(Client.source(afterUnlike)).isNotEqualTo("cache");
    HttpResponse<String> again = om("GET", "/albums/" + album + "/likes", null, null);
    assertThat(success(again, 200).path("likes").asLong()).isEqualTo(1);
    assertThat(Client.source(again)).isEqualTo("cache");
  }

  @Test
  void unknownPathsAndMethodsUnderTheMountAnswerTheEnvelope() {
    failure(om("GET", "/nothing/here", null, null), 404);
    failure(om("PATCH", "/songs/xxx", null, "{}"), 405);
    failure(om("POST", "/playlists", null, "{}"), 401);
    HttpResponse<String> nativeUnknown = CLIENT.get("/nothing/here", null);
    assertThat(nativeUnknown.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
  }

  /** A byte answer read as text, for the JSON assertions. */
  private record StringResponse(HttpResponse<byte[]> bytes) implements HttpResponse<String> {
    @Override
    public int statusCode() {
      return bytes.statusCode();
    }

    @Override
    public java.net.http.HttpRequest request() {
      return bytes.request();
    }

    @Override
    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return java.util.Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return bytes.headers();
    }

    @Override
    public String body() {
      return new String(bytes.body(), StandardCharsets.UTF_8);
    }

    @Override
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return bytes.sslSession();
    }

    @Override
    public java.net.URI uri() {
      return bytes.uri();
    }

    @Override
    public java.net.http.HttpClient.Version version() {
      return bytes.version();
    }
  }
}
