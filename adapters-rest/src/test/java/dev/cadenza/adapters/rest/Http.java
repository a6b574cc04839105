package dev.cadenza.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reading responses in tests. */
public final class Http {

  public static final ObjectMapper JSON = new ObjectMapper();
  public static final String PROBLEM_JSON = "application/problem+json";

  private Http() {
  }

  public static JsonNode json(Response response) {
    String body = response.readEntity(String.class);
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  public static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  /** Asserts the response is a problem with this status and type, and returns its body. */
  public static JsonNode problem(Response response, int status, String type) {
    String body = response.readEntity(String.class);
    assertThat(response.getStatus()).as("status of %s", body).isEqualTo(status);
    assertThat(response.getHeaderString(HttpHeaders.CONTENT_TYPE)).as("content type").startsWith(PROBLEM_JSON);
    JsonNode problem = json(body);
    assertThat(problem.path("type").asText()).isEqualTo(type);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).isNotBlank();
    return problem;
  }

  /** The whole answer (status line, headers, body) to a GET of {@code target} written as it is. */
  public static String rawGet(int port, String target) throws java.io.IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
