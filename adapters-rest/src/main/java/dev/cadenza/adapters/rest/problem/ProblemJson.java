package dev.cadenza.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes problem bodies with a mapper of this adapter's own, so every error looks the same whether
 * Jersey, a servlet filter or Jetty's error handling sends it, and whatever the application's
 * mapper is configured to do.
 */
public final class ProblemJson {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA_TYPE_TYPE = MediaType.valueOf(MEDIA_TYPE);

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final byte[] LAST_RESORT = ("{\"type\":\"/problems/internal\",\"title\":\"Internal server error\","
      + "\"status\":500}").getBytes(StandardCharsets.UTF_8);

  private ProblemJson() {
  }

  /**
   * Answers {@code response} (outside Jersey: a servlet filter) with the problem of {@code type}
   * and {@code detail}: its status, content type, length and body.
   */
  public static void send(HttpServletResponse response, ProblemType type, String detail) throws IOException {
    byte[] body = write(new Problem(type.uri(), type.title(), type.status(), detail, null, null, null, null));
    response.setStatus(type.status());
    response.setContentType(MEDIA_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  public static byte[] write(Problem problem) {
    try {
      return MAPPER.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      // Only a representation in `current` that cannot be serialized gets here; drop it.
      try {
        return MAPPER.writeValueAsBytes(new Problem(problem.type(), problem.title(), problem.status(),
            problem.detail(), problem.instance(), problem.code(), problem.errors(), null));
      } catch (JsonProcessingException again) {
        return LAST_RESORT.clone();
      }
    }
  }
}
