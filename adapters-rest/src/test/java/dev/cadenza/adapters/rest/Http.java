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
}
