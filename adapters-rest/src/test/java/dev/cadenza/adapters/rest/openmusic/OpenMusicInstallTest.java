package dev.cadenza.adapters.rest.openmusic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.adapters.rest.Http;
import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.testing.builders.CoverImages;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenMusic adapter installed at the root of a real Dropwizard server beside the native API,
 * over the in-memory domain: the contract's paths, envelope, status codes and order of checks; what
 * stays native (its routes and problem details); bodies bounded with the contract's {@code 413}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OpenMusicInstallTest {

  private static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
      OpenMusicApplication.class, ResourceHelpers.resourceFilePath("rest-installed.yml"));
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Answer(int status, String contentType, JsonNode body, String raw) {
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + APP.getLocalPort() + path;
  }

  private static Answer send(String method, String path, String token, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return answer(b);
  }

  private static Answer answer(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String type = r.headers().firstValue("Content-Type").orElse("");
      JsonNode body = r.body().isEmpty() || !type.contains("json") ? null : JSON.readTree(r.body());
      return new Answer(r.statusCode(), type, body, r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The contract's failure: the status, a JSON content type and {@code {"status": "fail", message}}. */
  private static void fails(Answer a, int status) {
    assertThat(a.status()).as(a.raw()).isEqualTo(status);
    assertThat(a.contentType()).contains("application/json");
    assertThat(a.body().path("status").asText()).as(a.raw()).isEqualTo("fail");
    assertThat(a.body().path("message").isTextual()).isTrue();
  }

  private static JsonNode succeeds(Answer a, int status) {
    assertThat(a.status()).as(a.raw()).isEqualTo(status);
    assertThat(a.contentType()).contains("application/json");
    assertThat(a.body().path("status").asText()).isEqualTo("success");
    return a.body().path("data");
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Registers {@code username} with the contract's password and answers its user id. */
  private static String register(String username) {
    return succeeds(send("POST", "/users", null, "{\"username\":\"" + username + "\",\"password\":\"secret\","
        + "\"fullname\":\"Test " + username + "\"}"), 201).path("userId").asText();
  }

  private static JsonNode login(String username) {
    return succeeds(send("POST", "/authentications", null, "{\"username\":\"" + username
        + "\",\"password\":\"secret\"}"), 201);
  }

  private static String token(String username) {
    return login(username).path("accessToken").asText();
  }

  private static String song(String title, String performer) {
    return succeeds(send("POST", "/songs", null, "{\"title\":\"" + title + "\",\"year\":2008,\"performer\":\""
        + performer + "\",\"genre\":\"Pop\",\"duration\":120}"), 201).path("songId").asText();
  }

  private static String album(String name) {
    return succeeds(send("POST", "/albums", null, "{\"name\":\"" + name + "\",\"year\":2008}"), 201)
        .path("albumId").asText();
  }

  @Test
  void theNativeApiKeepsItsRoutesAndProblemDetails() {
    Answer songs = send("GET", "/api/v1/songs", null, null);
    assertThat(songs.status()).isEqualTo(200);
    assertThat(songs.body().has("items")).isTrue();

    Answer unknown = send("GET", "/nowhere", null, null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");

    Answer invalid = send("POST", "/api/v1/albums", null, "{}");
    assertThat(invalid.contentType()).startsWith("application/problem+json");

    assertThat(send("GET", "/docs/", null, null).status()).isEqualTo(200);

    Answer openapi = send("GET", "/openapi.json", null, null);
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body().path("paths").has("/albums")).as("OpenMusic is not in the native document").isFalse();
    assertThat(openapi.body().path("paths").has("/api/v1/albums")).isTrue();
  }

  @Test
  void albumsAndSongsWithTheContractsValidationAndShapes() {
    for (String bad : List.of("{}", "{\"name\":1}", "{\"name\":\"Bad\"}", "{\"name\":\"Bad\",\"year\":\"dummy\"}",
        "[]", "not json", "{\"name\":\"x\\ud800\",\"year\":2008}", "{\"name\":\"a\\u0000b\",\"year\":2008}",
        "[".repeat(1001) + "]".repeat(1001))) {
      fails(send("POST", "/albums", null, bad), 400);
    }
    Answer longName = send("POST", "/albums", null, "{\"name\":\"" + "x".repeat(201) + "\",\"year\":2008}");
    fails(longName, 400);
    assertThat(longName.body().path("message").asText()).as("the contract's field name").startsWith("name: ");
    String album = album("Viva la vida");
    Answer renamedTooLong = send("PUT", "/albums/" + album, null, "{\"name\":\"" + "x".repeat(201)
        + "\",\"year\":2008}");
    fails(renamedTooLong, 400);
    assertThat(renamedTooLong.body().path("message").asText()).startsWith("name: ");
    String songA = succeeds(send("POST", "/songs", null, "{\"title\":\"Life in Technicolor\",\"year\":2008,"
        + "\"performer\":\"Coldplay\",\"genre\":\"Pop\",\"duration\":120,\"albumId\":\"" + album + "\"}"), 201)
        .path("songId").asText();
    for (String bad : List.of("{}", "{\"title\":1}", "{\"title\":\"T\",\"year\":2008}",
        "{\"title\":\"T\",\"year\":2008,\"performer\":true}", "{\"title\":\"T\",\"year\":2008,\"performer\":\"P\"}",
        "{\"title\":\"T\",\"year\":2008,\"performer\":\"P\",\"genre\":123}")) {
      fails(send("POST", "/songs", null, bad), 400);
      fails(send("PUT", "/songs/" + songA, null, bad), 400);
    }
    Answer tooLong = send("POST", "/songs", null, "{\"title\":\"T\",\"year\":2008,\"performer\":\"P\","
        + "\"genre\":\"G\",\"duration\":100000}");
    fails(tooLong, 400);
    assertThat(tooLong.body().path("message").asText()).as("the contract's field name").startsWith("duration:")
        .doesNotContain("durationSeconds");

    JsonNode detail = succeeds(send("GET", "/albums/" + album, null, null), 200).path("album");
    assertThat(detail.path("id").asText()).isEqualTo(album);
    assertThat(detail.path("name").asText()).isEqualTo("Viva la vida");
    assertThat(detail.path("year").isInt()).isTrue();
    assertThat(detail.has("coverUrl") && detail.path("coverUrl").isNull()).isTrue();
    assertThat(detail.path("songs")).hasSize(1);
    assertThat(detail.path("songs").get(0).size()).isEqualTo(3);

    JsonNode song = succeeds(send("GET", "/songs/" + songA, null, null), 200).path("song");
    assertThat(song.path("duration").asInt()).isEqualTo(120);
    assertThat(song.path("albumId").asText()).isEqualTo(album);

    succeeds(send("PUT", "/songs/" + songA, null, "{\"title\":\"Life in Technicolor revision\",\"year\":2010,"
        + "\"performer\":\"Coldplay 2\",\"genre\":\"Hip Hop\",\"duration\":125}"), 200);
    JsonNode revised = succeeds(send("GET", "/songs/" + songA, null, null), 200).path("song");
    assertThat(revised.path("year").asInt()).isEqualTo(2010);
    assertThat(revised.path("albumId").isNull()).as("a full replacement").isTrue();

    fails(send("GET", "/albums/xxx", null, null), 404);
    fails(send("PUT", "/albums/xxx", null, "{\"name\":\"X\",\"year\":2010}"), 404);
    fails(send("DELETE", "/songs/xxx", null, ""), 404);
    succeeds(send("PUT", "/albums/" + album, null, "{\"name\":\"Viva la vida Revision\",\"year\":2010}"), 200);
    succeeds(send("DELETE", "/albums/" + album, null, ""), 200);
    fails(send("GET", "/albums/" + album, null, null), 404);
    succeeds(send("DELETE", "/songs/" + songA, null, ""), 200);
    fails(send("GET", "/songs/" + songA, null, null), 404);
  }

  @Test
  void songSearchIsCaseInsensitiveAndCombined() {
    String tag = unique("q");
    song("Kupu " + tag, "Chrisye " + tag);
    song("Cinta " + tag, "Chrisye " + tag);
    song("Kupu " + tag, "Peterpan " + tag);

    JsonNode both = succeeds(send("GET", "/songs?title=KUPU%20" + tag + "&performer=peter", null, null), 200);
    assertThat(both.path("songs")).hasSize(1);
    assertThat(both.path("songs").get(0).size()).isEqualTo(3);
    assertThat(succeeds(send("GET", "/songs?performer=chrisye%20" + tag, null, null), 200).path("songs")).hasSize(2);
    assertThat(succeeds(send("GET", "/songs", null, null), 200).path("songs").size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void accountsAndTokensAsTheContractHasThem() {
    String name = unique("user");
    register(name);
    fails(send("POST", "/users", null, "{\"username\":\"" + name + "\",\"password\":\"secret\",\"fullname\":\"X\"}"),
        400);
    for (String bad : List.of("{}", "{\"username\":1}", "{\"username\":\"dicoding\"}",
        "{\"username\":\"dicoding\",\"password\":true}", "{\"username\":\"dicoding\",\"passowrd\":\"secret\"}",
        "{\"username\":\"dicoding\",\"password\":\"secret\",\"fullname\":0}")) {
      fails(send("POST", "/users", null, bad), 400);
    }
    fails(send("POST", "/authentications", null, "{\"username\":true}"), 400);
    fails(send("POST", "/authentications", null, "{\"username\":\"" + unique("nobody") + "\",\"password\":\"x\"}"),
        401);

    JsonNode tokens = login(name);
    String refresh = tokens.path("refreshToken").asText();
    fails(send("PUT", "/authentications", null, "{}"), 400);
    fails(send("PUT", "/authentications", null, "{\"refreshToken\":\"xxxx\"}"), 400);
    fails(send("PUT", "/authentications", null, "{\"refreshToken\":\"" + tokens.path("accessToken").asText()
        + "\"}"), 400);
    JsonNode renewed = succeeds(send("PUT", "/authentications", null, "{\"refreshToken\":\"" + refresh + "\"}"), 200);
    assertThat(renewed.path("accessToken").asText()).isNotBlank();
    assertThat(renewed.has("refreshToken")).as("no rotation: the client keeps its refresh token").isFalse();
    succeeds(send("PUT", "/authentications", null, "{\"refreshToken\":\"" + refresh + "\"}"), 200);

    fails(send("DELETE", "/authentications", null, "{}"), 400);
    fails(send("DELETE", "/authentications", null, "{\"refreshToken\":\"xxx\"}"), 400);
    succeeds(send("DELETE", "/authentications", null, "{\"refreshToken\":\"" + refresh + "\"}"), 200);
    fails(send("PUT", "/authentications", null, "{\"refreshToken\":\"" + refresh + "\"}"), 400);
    fails(send("GET", "/playlists", "not-a-token", null), 401);
  }

  @Test
  void playlistsCollaborationsAndActivities() throws Exception {
    String john = unique("john");
    register(john);
    String tomId = register(unique("tom"));
    String jane = unique("jane");
    register(jane);
    String johnToken = token(john);
    String janeToken = token(jane);
    String songA = song("Life in Technicolor", "Coldplay");
    String songB = song("Fix You", "Coldplay");

    fails(send("POST", "/playlists", null, "{}"), 401);
    fails(send("POST", "/playlists", johnToken, "{\"name\":true}"), 400);
    String playlist = succeeds(send("POST", "/playlists", johnToken, "{\"name\":\"Lagu Untuk Membaca\"}"), 201)
        .path("playlistId").asText();
    fails(send("POST", "/playlists/" + playlist + "/songs", johnToken, "{\"songId\":123}"), 400);
    Answer empty = send("POST", "/playlists/" + playlist + "/songs", johnToken, "{\"songId\":\"\"}");
    fails(empty, 400);
    assertThat(empty.body().path("message").asText()).isEqualTo("\"songId\" is not allowed to be empty.");
    fails(send("POST", "/playlists/" + playlist + "/songs", johnToken, "{\"songId\":\"xxx\"}"), 404);
    succeeds(send("POST", "/playlists/" + playlist + "/songs", johnToken, "{\"songId\":\"" + songA + "\"}"), 201);
    succeeds(send("POST", "/playlists/" + playlist + "/songs", johnToken, "{\"songId\":\"" + songB + "\"}"), 201);
    fails(send("POST", "/playlists/" + playlist + "/songs", janeToken, "{\"songId\":\"" + songA + "\"}"), 403);
    fails(send("GET", "/playlists/" + playlist + "/songs", janeToken, ""), 403);
    fails(send("GET", "/playlists/xxx/activities", janeToken, null), 404);

    JsonNode mine = succeeds(send("GET", "/playlists", johnToken, ""), 200).path("playlists");
    HttpResponse<String> own = CLIENT.send(HttpRequest.newBuilder(URI.create(url("/playlists")))
        .header("Authorization", "Bearer " + johnToken).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(own.headers().firstValue("Cache-Control")).as("a caller's own list, private to caches")
        .hasValue("private");
    assertThat(own.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("X-API-Key"));
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).size()).isEqualTo(3);
    assertThat(mine.get(0).path("username").asText()).isEqualTo(john);

    succeeds(send("DELETE", "/playlists/" + playlist + "/songs", johnToken, "{\"songId\":\"" + songA + "\"}"), 200);
    JsonNode songs = succeeds(send("GET", "/playlists/" + playlist + "/songs", johnToken, ""), 200).path("playlist");
    assertThat(songs.path("username").asText()).isEqualTo(john);
    assertThat(songs.path("songs")).hasSize(1);
    assertThat(songs.path("songs").get(0).size()).isEqualTo(3);

    JsonNode activities = succeeds(send("GET", "/playlists/" + playlist + "/activities", johnToken, null), 200);
    assertThat(activities.path("playlistId").asText()).isEqualTo(playlist);
    List<String> rows = new ArrayList<>();
    activities.path("activities").forEach(a -> rows.add(a.path("username").asText() + "/" + a.path("title").asText()
        + "/" + a.path("action").asText()));
    assertThat(rows).containsExactly(john + "/Life in Technicolor/add", john + "/Fix You/add",
        john + "/Life in Technicolor/delete");
    // a song deleted from the catalog by an anonymous OpenMusic write: a delete by no username anyone can hold
    String songC = song("Yellow", "Coldplay");
    succeeds(send("POST", "/playlists/" + playlist + "/songs", johnToken, "{\"songId\":\"" + songC + "\"}"), 201);
    succeeds(send("DELETE", "/songs/" + songC, null, null), 200);
    JsonNode after = succeeds(send("GET", "/playlists/" + playlist + "/activities", johnToken, null), 200);
    List<String> users = new ArrayList<>();
    after.path("activities").forEach(a -> users.add(a.path("username").asText() + "/" + a.path("action").asText()));
    assertThat(users).containsExactly(john + "/add", john + "/add", john + "/delete", john + "/add",
        "(anonymous)/delete");

    fails(send("POST", "/collaborations", null, "{}"), 401);
    fails(send("POST", "/collaborations", johnToken, "{\"playlistId\":\"" + playlist + "\",\"userId\":\"xxx\"}"), 404);
    fails(send("POST", "/collaborations", johnToken, "{\"playlistId\":\"xxx\",\"userId\":\"" + tomId + "\"}"), 404);
    String tomToken = token(send("GET", "/users/" + tomId, null, null).body().path("data").path("user")
        .path("username").asText());
    fails(send("POST", "/collaborations", tomToken, "{\"playlistId\":\"" + playlist + "\",\"userId\":\"" + tomId
        + "\"}"), 403);
    JsonNode collaboration = succeeds(send("POST", "/collaborations", johnToken, "{\"playlistId\":\"" + playlist
        + "\",\"userId\":\"" + tomId + "\"}"), 201);
    assertThat(collaboration.path("collaborationId").isTextual()).isTrue();
    assertThat(succeeds(send("GET", "/playlists", tomToken, null), 200).path("playlists")).hasSize(1);
    succeeds(send("POST", "/playlists/" + playlist + "/songs", tomToken, "{\"songId\":\"" + songA + "\"}"), 201);
    fails(send("DELETE", "/playlists/" + playlist, tomToken, "{\"songId\":\"" + songA + "\"}"), 403);
    fails(send("DELETE", "/collaborations", tomToken, "{\"playlistId\":\"" + playlist + "\",\"userId\":\"" + tomId
        + "\"}"), 403);
    succeeds(send("DELETE", "/collaborations", johnToken, "{\"playlistId\":\"" + playlist + "\",\"userId\":\""
        + tomId + "\"}"), 200);
    assertThat(succeeds(send("GET", "/playlists", tomToken, null), 200).path("playlists")).isEmpty();
    fails(send("POST", "/playlists/" + playlist + "/songs", tomToken, "{\"songId\":\"" + songA + "\"}"), 403);

    fails(send("POST", "/export/playlists/" + playlist, null, "{}"), 401);
    fails(send("POST", "/export/playlists/" + playlist, johnToken, "{}"), 400);
    Answer badAddress = send("POST", "/export/playlists/" + playlist, johnToken, "{\"targetEmail\":\"not an address\"}");
    fails(badAddress, 400);
    assertThat(badAddress.body().path("message").asText()).as("named as the contract names it")
        .startsWith("targetEmail:");
    fails(send("POST", "/export/playlists/xxx", johnToken, "{\"targetEmail\":\"example@dicoding.com\"}"), 404);
    fails(send("POST", "/export/playlists/" + playlist, janeToken, "{\"targetEmail\":\"example@dicoding.com\"}"), 403);
    Answer export = send("POST", "/export/playlists/" + playlist, johnToken,
        "{\"targetEmail\":\"example@dicoding.com\"}");
    assertThat(export.status()).isEqualTo(201);
    assertThat(export.body().path("message").asText()).isEqualTo(OpenMusicExportsResource.ACCEPTED);
    ExportJob job = OpenMusicApplication.FAKES.exportJobs.claimNext(Instant.now().plusSeconds(60),
        Instant.now().plusSeconds(120)).orElseThrow();
    assertThat(job.playlist().toString()).isEqualTo(playlist);
    assertThat(job.format()).isEqualTo(PlaylistFileFormat.OPENMUSIC);
    assertThat(job.email()).contains("example@dicoding.com");

    fails(send("DELETE", "/playlists/" + playlist, janeToken, ""), 403);
    succeeds(send("DELETE", "/playlists/" + playlist, johnToken, ""), 200);
    fails(send("GET", "/playlists/" + playlist + "/songs", johnToken, ""), 404);
    fails(send("GET", "/playlists/" + playlist + "/activities", johnToken, null), 404);
  }

  @Test
  void albumLikesAreRefusedTwiceAndCounted() {
    String album = album("Parachutes");
    String ann = unique("ann");
    register(ann);
    String token = token(ann);

    fails(send("POST", "/albums/" + album + "/likes", null, null), 401);
    fails(send("POST", "/albums/xxx/likes", token, null), 404);
    succeeds(send("POST", "/albums/" + album + "/likes", token, null), 201);
    fails(send("POST", "/albums/" + album + "/likes", token, null), 400);
    assertThat(succeeds(send("GET", "/albums/" + album + "/likes", null, null), 200).path("likes").asLong())
        .isEqualTo(1);
    succeeds(send("DELETE", "/albums/" + album + "/likes", token, null), 200);
    assertThat(succeeds(send("GET", "/albums/" + album + "/likes", null, null), 200).path("likes").asLong())
        .isZero();
  }

  @Test
  void coversAreImagesWithinTheLimitAndServedByTheNativeApi() {
    String album = album("Ghost Stories");
    fails(upload(album, CoverImages.text(), "text/plain"), 400);
    fails(upload(album, CoverImages.pngOfSize(OpenMusicApplication.MAX_COVER + 1, 1), "image/png"), 413);
    Answer uploaded = upload(album, CoverImages.png(2), "image/png");
    assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
    assertThat(uploaded.body().path("message").asText()).isEqualTo(OpenMusicAlbumCoversResource.UPLOADED);

    String coverUrl = succeeds(send("GET", "/albums/" + album, null, null), 200).path("album").path("coverUrl")
        .asText();
    assertThat(coverUrl).startsWith(url("/api/v1/albums/" + album + "/cover?v="));
    HttpResponse<byte[]> image;
    try {
      image = CLIENT.send(HttpRequest.newBuilder(URI.create(coverUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.body()).isEqualTo(CoverImages.png(2));
    fails(send("POST", "/albums/" + album + "/covers", null, "{}"), 400);
  }

  private static Answer upload(String album, byte[] content, String type) {
    String boundary = "openmusic-boundary";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"cover\"; filename=\"cover\"\r\n"
        + "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return answer(HttpRequest.newBuilder(URI.create(url("/albums/" + album + "/covers")))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
  }

  @Test
  void aBodyThatIsNotTheGzipItsContentEncodingSaysIsABadRequest() {
    fails(answer(HttpRequest.newBuilder(URI.create(url("/albums"))).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Plain\",\"year\":2008}"))), 400);
  }

  @Test
  void aContentCodingTheServiceDoesNotUndoAndAZeroQualityForJsonAreRefusedAsOnTheNativeApi() {
    fails(answer(HttpRequest.newBuilder(URI.create(url("/albums"))).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").header("Content-Encoding", "br")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Coded\",\"year\":2008}"))), 415);
    fails(answer(HttpRequest.newBuilder(URI.create(url("/songs"))).timeout(Duration.ofSeconds(10))
        .header("Accept", "application/json;q=0").GET()), 406);
    succeeds(answer(HttpRequest.newBuilder(URI.create(url("/songs"))).timeout(Duration.ofSeconds(10))
        .header("Accept", "application/json;q=0.5").GET()), 200);
  }

  @Test
  void aRequestRefusedBeforeItsBodyArrivedKeepsItsConnection() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("PATCH /songs/xxx HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: 2\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(300);
      out.write(("{}GET /nothing/here HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(answers).startsWith("HTTP/1.1 405");
      assertThat(answers).as("the second request on the same connection was answered").contains("HTTP/1.1 404");
    }
  }

  @Test
  void errorsOutsideTheResourcesUseTheEnvelopeToo() throws Exception {
    fails(send("GET", "/albums/a/b/c", null, null), 404);
    Answer notAllowed = send("PATCH", "/albums/xxx", null, "{}");
    fails(notAllowed, 405);
    byte[] big = new byte[OpenMusicApplication.MAX_BODY + 10];
    java.util.Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';
    fails(answer(HttpRequest.newBuilder(URI.create(url("/songs"))).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(big))), 413);
    fails(send("GET", "/playlists", null, ""), 401);
    fails(send("GET", "/songs?title=%FF", null, null), 400);
    String broken = Http.rawGet(APP.getLocalPort(), "/songs?title=%zz");
    assertThat(broken).startsWith("HTTP/1.1 400").contains("\"status\":\"fail\"");
    for (String accept : List.of("application/json;q=abc", "application/json;q=2", "*/*;q=1.0001")) {
      fails(answer(HttpRequest.newBuilder(URI.create(url("/albums/xxx"))).timeout(Duration.ofSeconds(10))
          .header("Accept", accept).GET()), 400);
    }
    for (String type : List.of(";;;", "application/", "image/png; x=\"")) {
      fails(answer(HttpRequest.newBuilder(URI.create(url("/albums"))).timeout(Duration.ofSeconds(10))
          .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"year\":2000}"))),
          400);
    }
  }
}
