package dev.cadenza.adapters.rest;

import static dev.cadenza.adapters.rest.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import dev.cadenza.domain.shared.model.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;

/**
 * {@link RestModule#install} in a real Dropwizard server (Jetty, servlet filters, error handlers):
 * what a resource test cannot see.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RestModuleInstallTest {

  private static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
      InstalledApplication.class, ResourceHelpers.resourceFilePath("rest-installed.yml"));

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private static final String VALID_SONG = "{\"title\":\"So What\",\"performer\":\"Miles Davis\",\"genre\":\"Jazz\","
      + "\"year\":1959,\"durationSeconds\":562}";

  @BeforeEach
  void resetMocks() {
    Mockito.reset(InstalledApplication.MUSIC.createSong(), InstalledApplication.MUSIC.getSong(),
        InstalledApplication.MUSIC.searchSongs());
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + APP.getLocalPort() + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
  }

  private static JsonNode problem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        contentType -> assertThat(contentType).startsWith(Http.PROBLEM_JSON));
    JsonNode problem = json(response.body());
    assertThat(problem.path("type").asText()).isEqualTo(type);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("<html").doesNotContain("secret").doesNotContain("at org.eclipse");
    return problem;
  }

  private static String rawGet(String target) throws IOException {
    return Http.rawGet(APP.getLocalPort(), target);
  }

  private static byte[] bytes(int size) {
    byte[] body = new byte[size];
    java.util.Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[size - 1] = '}';
    return body;
  }

  @Test
  void servesTheApiThroughTheRealServer() throws Exception {
    when(InstalledApplication.MUSIC.getSong().getSong(Fixtures.songId())).thenReturn(Fixtures.song(2));

    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/songs/" + Fixtures.SONG_ID)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"2-r0x0l0\"");
    assertThat(json(response.body()).path("title").asText()).isEqualTo("So What");
  }

  @Test
  void aQueryWithABrokenEscapeIsRefusedAndAnEscapedPercentSignIsNot() throws Exception {
    when(InstalledApplication.MUSIC.getSong().getSong(Fixtures.songId())).thenReturn(Fixtures.song(2));
    String song = "/api/v1/songs/" + Fixtures.SONG_ID;

    for (String query : new String[] {"q=%zz", "q=%", "q=a%2", "q=%FF"}) {
      // as sent, unencoded: java.net.URI refuses a broken escape
      String response = rawGet(song + "?" + query);
      assertThat(response).as(query).startsWith("HTTP/1.1 400").containsIgnoringCase("application/problem+json");
      assertThat(json(response.substring(response.indexOf("\r\n\r\n") + 4)).path("detail").asText()).as(query)
          .contains("percent-encoded UTF-8");
    }
    when(InstalledApplication.MUSIC.searchSongs().searchSongs(any())).thenReturn(
        new Page<>(List.of(Fixtures.song(2)), Optional.empty(), OptionalLong.empty()));
    assertThat(send(HttpRequest.newBuilder(uri("/api/v1/songs?q=%25zz"))).statusCode()).isEqualTo(200);
    assertThat(send(HttpRequest.newBuilder(uri("/api/v1/songs?q=caf%C3%A9"))).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesABodyWhoseContentLengthIsOverTheLimit() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/songs"))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofByteArray(bytes((int) InstalledApplication.BODY_LIMIT + 1))));

    JsonNode problem = problem(response, 413, "/problems/payload-too-large");
    assertThat(problem.path("detail").asText()).contains("1024");
    Mockito.verifyNoInteractions(InstalledApplication.MUSIC.createSong());
  }

  @Test
  void refusesAChunkedBodyThatGrowsOverTheLimit() throws Exception {
    byte[] body = bytes(4 * (int) InstalledApplication.BODY_LIMIT);
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/songs"))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

    problem(response, 413, "/problems/payload-too-large");
    Mockito.verifyNoInteractions(InstalledApplication.MUSIC.createSong());
  }

  @Test
  void acceptsAChunkedBodyWithinTheLimit() throws Exception {
    when(InstalledApplication.MUSIC.createSong().createSong(any())).thenReturn(Fixtures.song(1));
    byte[] body = VALID_SONG.getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/songs"))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/api/v1/songs/" + Fixtures.SONG_ID));
  }

  @Test
  void acceptsABodyOfExactlyTheLimit() throws Exception {
    byte[] body = bytes((int) InstalledApplication.BODY_LIMIT);

    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/songs"))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

    // The body is read whole and found to lack every required field.
    problem(response, 422, "/problems/validation");
  }

  @Test
  void unknownRoutesAndWrongMethodsAreProblemsEvenForBrowsers() throws Exception {
    problem(send(HttpRequest.newBuilder(uri("/nowhere")).header("Accept", "text/html")), 404,
        "/problems/not-found");

    HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/api/v1/songs/" + Fixtures.SONG_ID))
        .POST(BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));
    problem(wrongMethod, 405, "/problems/method-not-allowed");
    assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(
        allow -> assertThat(allow).contains("GET").contains("PUT").contains("PATCH").contains("DELETE"));
  }

  @Test
  void aMethodTheServerRefusesBeforeJerseyIsAProblem() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/songs"))
        .method("PURGE", BodyPublishers.noBody()).header("Accept", "text/html"));

    problem(response, 405, "/problems/method-not-allowed");
  }

  @Test
  void aServletFailureIsAProblemWithAnInstanceAndNoStackTrace() throws Exception {
    JsonNode problem = problem(send(HttpRequest.newBuilder(uri("/servlet/boom")).header("Accept", "text/html")),
        500, "/problems/internal");

    assertThat(problem.path("instance").asText()).startsWith("urn:uuid:");
  }

  @Test
  void aServletLosingTheDatabaseIs503() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/servlet/database")));

    problem(response, 503, "/problems/service-unavailable");
    assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
  }

  @Test
  void aServletSendErrorIsAProblem() throws Exception {
    problem(send(HttpRequest.newBuilder(uri("/servlet/missing"))), 404, "/problems/not-found");
    JsonNode teapot = problem(send(HttpRequest.newBuilder(uri("/servlet/teapot"))), 418, "about:blank");
    assertThat(teapot.path("title").asText()).isEqualTo("I'm a Teapot");
    JsonNode conflict = problem(send(HttpRequest.newBuilder(uri("/servlet/put"))
        .PUT(BodyPublishers.ofString("x"))), 409, "/problems/conflict");
    assertThat(conflict.path("detail").asText()).isEqualTo("servlet says no");
  }

  @Test
  void aRequestRefusedBeforeItsBodyArrivedKeepsItsConnection() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("PATCH /api/v1/songs HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: 2\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(300);
      out.write(("{}GET /api/v1/nothing-here HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(answers).startsWith("HTTP/1.1 405");
      assertThat(answers).as("the second request on the same connection was answered").contains("HTTP/1.1 404");
    }
  }

  @Test
  void aClientStillSendingAnOverLimitBodyGetsThe413() throws Exception {
    byte[] body = bytes(64 * (int) InstalledApplication.BODY_LIMIT);
    for (int attempt = 0; attempt < 20; attempt++) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/songs"))
          .header("Content-Type", "application/json").POST(BodyPublishers.ofByteArray(body)));

      assertThat(response.statusCode()).as("attempt %d", attempt).isEqualTo(413);
    }
    Mockito.verifyNoInteractions(InstalledApplication.MUSIC.createSong());
  }

  @Test
  void aClientWaitingFor100ContinueIsRefusedBeforeItSendsTheBody() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("POST /api/v1/songs HTTP/1.1\r\nHost: localhost\r\n"
          + "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 65536\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("Connection: close");
    }
  }

  @Test
  void aRefusedRequestWhoseBodyPassesTheLimitIsAnsweredWithConnectionClose() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("PATCH /api/v1/songs HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread writer = new Thread(() -> {
        byte[] chunk = bytes(4 * (int) InstalledApplication.BODY_LIMIT);
        try {
          out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(chunk);
          out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
        } catch (IOException closedByServer) {
          // expected once the answer is out: the server stops reading
        }
      });
      writer.start();
      String answer = new String(socket.getInputStream().readNBytes(400), StandardCharsets.UTF_8);
      writer.join(10_000);

      assertThat(answer).startsWith("HTTP/1.1 405");
      assertThat(answer).containsIgnoringCase("Connection: close");
    }
  }

  @Test
  void aRequestJettyCannotParseIsAProblem() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /api/v1/songs HTTP/1.1\r\nHost: localhost\r\nThis is not a header\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);

      assertThat(response).startsWith("HTTP/1.1 400");
      assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
      String body = response.substring(response.indexOf("\r\n\r\n") + 4);
      JsonNode problem = json(body);
      assertThat(problem.path("type").asText()).isEqualTo("/problems/bad-request");
      assertThat(problem.path("status").asInt()).isEqualTo(400);
      assertThat(problem.path("detail").asText()).isNotBlank();
    }
  }

  @Test
  void theOpenApiDocumentAlsoListsResourcesRegisteredAfterTheModule() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/openapi.json")));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode paths = json(response.body()).path("paths");
    assertThat(paths.has("/late")).isTrue();
    assertThat(paths.has("/api/v1/songs/{id}")).isTrue();
    assertThat(paths.has("/openapi.json")).isFalse();
    assertThat(paths.has("/docs")).isFalse();
  }

  @Test
  void swaggerUiIsServedFromTheJar() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/docs")));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<base href=\"/docs/\">").contains("swagger-ui-bundle.js");

    HttpResponse<String> bundle = send(HttpRequest.newBuilder(uri("/docs/swagger-ui-standalone-preset.js")));
    assertThat(bundle.statusCode()).isEqualTo(200);
    assertThat(bundle.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/javascript"));
  }
}
