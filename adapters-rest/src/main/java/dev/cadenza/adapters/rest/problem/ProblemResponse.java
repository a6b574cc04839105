package dev.cadenza.adapters.rest.problem;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A problem ready to send: the status, the extra headers it needs, and the body. */
public record ProblemResponse(int status, Map<String, String> headers, Problem problem) {

  public ProblemResponse {
    Objects.requireNonNull(problem, "problem");
    headers = Map.copyOf(headers);
  }

  public static ProblemResponse of(Problem problem) {
    return new ProblemResponse(problem.status(), Map.of(), problem);
  }

  public ProblemResponse withHeader(String name, String value) {
    Map<String, String> next = new LinkedHashMap<>(headers);
    next.put(name, value);
    return new ProblemResponse(status, next, problem);
  }

  /** The body as UTF-8 JSON. */
  public byte[] body() {
    return ProblemJson.write(problem);
  }

  /** As a JAX-RS response with {@code Content-Type: application/problem+json}. */
  public Response toResponse() {
    Response.ResponseBuilder builder = Response.status(status).type(ProblemJson.MEDIA_TYPE).entity(body());
    headers.forEach(builder::header);
    return builder.build();
  }
}
