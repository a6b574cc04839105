package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** A small HTTP client for one running service in the end-to-end tests. */
final class Client {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DropwizardAppExtension<CadenzaConfiguration> app;

  /**
   * One connection pool per service under test: test services listen on ephemeral ports, so a later
   * service can get the port of a stopped one, and a pool shared by the whole test run could then
   * hand a new service's request a connection the stopped one had closed.
   */
  private final HttpClient http = HttpClient.newHttpClient();

  Client(DropwizardAppExtension<CadenzaConfiguration> app) {
    this.app = app;
  }

  String url(String path) {
    return "http://127.0.0.1:" + app.getLocalPort() + path;
  }

  String adminUrl(String path) {
    return "http://127.0.0.1:" + app.getAdminPort() + path;
  }

  HttpResponse<String> send(String method, String url, String token, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return exchange(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request with a raw body of {@code contentType}; the answer's body as bytes. */
  HttpResponse<byte[]> sendBytes(String method, String path, String token, byte[] body, String contentType) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return exchange(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Sends {@code request} as it is built (any headers); the answer's body as text. */
  HttpResponse<String> send(HttpRequest.Builder request) {
    return exchange(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@code request}; a failure to exchange it fails the test. */
  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path, String token) {
    return send("GET", url(path), token, null);
  }

  HttpResponse<String> post(String path, String token, String body) {
    return send("POST", url(path), token, body);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(response.body(), e);
    }
  }

  static JsonNode json(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(new String(body, java.nio.charset.StandardCharsets.UTF_8), e);
    }
  }

  /** An access token for {@code username}, registering the account first when {@code register}. */
  String token(String username, String password, boolean register) {
    if (register) {
      HttpResponse<String> r = post("/api/v1/users", null, "{\"username\":\"" + username + "\",\"password\":\""
          + password + "\",\"fullName\":\"Test " + username + "\"}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
    HttpResponse<String> r = post("/api/v1/auth/token", null,
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).get("accessToken").asText();
  }

  /** A new user's access token. */
  String newUser() {
    return token("u" + UUID.randomUUID().toString().substring(0, 8), "listener-password-1", true);
  }

  /** Creates a song as {@code admin}; returns its id. */
  String song(String admin, String title) {
    HttpResponse<String> r = post("/api/v1/songs", admin, "{\"title\":\"" + title
        + "\",\"performer\":\"Nina Simone\",\"genre\":\"Jazz\",\"year\":1965}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).get("id").asText();
  }

  String album(String admin, String title) {
    HttpResponse<String> r = post("/api/v1/albums", admin, "{\"title\":\"" + title + "\",\"year\":1965}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).get("id").asText();
  }

  static String source(HttpResponse<String> response) {
    return response.headers().firstValue("X-Data-Source").orElse("<none>");
  }
}
