package dev.cadenza.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.IdempotencyKey;
import dev.cadenza.domain.shared.model.IdempotentRequest;
import dev.cadenza.domain.shared.model.IdempotentResult;
import dev.cadenza.domain.shared.model.RecordedResponse;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.shared.port.in.HandleIdempotentRequestUseCase;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on creating {@code POST}s. Without the header (or for an anonymous caller,
 * whom the work refuses anyway) the work just runs. With it, the work runs at most once per caller
 * and key: its response (status, {@code Location}, {@code ETag}, JSON body) is stored with its effects
 * in one transaction and replayed to a retry with the same method, path and body (with
 * {@code Idempotent-Replayed: true}); the same key with another request answers {@code 422}.
 */
public final class IdempotentPosts {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);
  /** Writes bodies; sorted keys make the fingerprint of a JSON body independent of member order. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private final HandleIdempotentRequestUseCase idempotency;

  public IdempotentPosts(HandleIdempotentRequestUseCase idempotency) {
    this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
  }

  /** A request with a JSON body, compared as canonical JSON (member order does not matter). */
  public Response run(ContainerRequestContext request, String keyHeader, JsonNode body, Supplier<Response> work) {
    return run(request, keyHeader, () -> fingerprint(request.getMethod(), request.getUriInfo().getPath(), body), work);
  }

  /**
   * A request with any other body (a file), compared byte for byte, together with its query string
   * (which such requests use for their options).
   */
  public Response run(ContainerRequestContext request, String keyHeader, byte[] body, Supplier<Response> work) {
    Objects.requireNonNull(body, "body");
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    return run(request, keyHeader,
        () -> digest(request.getMethod() + " " + request.getUriInfo().getPath() + "?" + (query == null ? "" : query)
            + "\n", body), work);
  }

  private Response run(ContainerRequestContext request, String keyHeader, Supplier<String> fingerprint,
                       Supplier<Response> work) {
    Actor actor = CallerFilter.caller(request);
    if (keyHeader == null || actor.userId().isEmpty()) {
      return work.get();
    }
    IdempotencyKey key;
    try {
      key = new IdempotencyKey(keyHeader.strip());
    } catch (ValidationException e) {
      throw RequestProblemException.badInput(HEADER, e.violations().get(0).message());
    }
    IdempotentResult result = idempotency.handle(new IdempotentRequest(actor.userId().get(), key, fingerprint.get()),
        () -> record(work.get()));
    return replay(result);
  }

  private static RecordedResponse record(Response response) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : KEPT_HEADERS) {
      String value = response.getHeaderString(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    return new RecordedResponse(response.getStatus(), headers, write(response.getEntity()));
  }

  private static Response replay(IdempotentResult result) {
    RecordedResponse r = result.response();
    Response.ResponseBuilder builder = Response.status(r.status()).entity(r.body()).type(MediaType.APPLICATION_JSON);
    r.headers().forEach(builder::header);
    if (result.replayed()) {
      builder.header(REPLAYED, "true");
    }
    return builder.build();
  }

  static String fingerprint(String method, String path, JsonNode body) {
    String canonical;
    try {
      canonical = body == null || body.isMissingNode() ? "" : JSON.writeValueAsString(JSON.treeToValue(body,
          Object.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed body cannot be written again", e);
    }
    return digest(method + " " + path + "\n", canonical.getBytes(StandardCharsets.UTF_8));
  }

  private static String digest(String head, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(head.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static String write(Object entity) {
    try {
      return entity instanceof String s ? s : JSON.writeValueAsString(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a response body cannot be written", e);
    }
  }
}
