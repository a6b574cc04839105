package dev.cadenza.adapters.rest.openmusic;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cadenza.adapters.rest.problem.Problems;
import dev.cadenza.adapters.rest.problem.RequestBodyTooLargeException;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.shared.model.DomainException;
import dev.cadenza.domain.shared.model.RateLimitedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenMusic adapter's own error mapping, for everything that goes wrong under its path (the
 * native API's problem details never apply there): {@code {"status": "fail", "message"}} with the
 * contract's status codes, {@code {"status": "error", "message"}} for the service's own failures.
 *
 * <ul>
 *   <li>Domain errors by kind: validation and conflicts (a taken username, a like given twice, the
 *       owner as collaborator) {@code 400}, where the native API says {@code 422} or {@code 409};
 *       unauthenticated {@code 401}; forbidden (a non-member, a collaborator deleting the playlist)
 *       {@code 403}; not found {@code 404}; too many attempts {@code 429}.</li>
 *   <li>A body over the limit, also a cover, {@code 413}; an unreadable body {@code 400}.</li>
 *   <li>No route {@code 404}, a method the route does not have {@code 405}; other JAX-RS refusals keep
 *       their status.</li>
 *   <li>The database unreachable {@code 503}; anything else {@code 500} with an id that the log
 *       shows beside the stack trace, which never leaves the service.</li>
 * </ul>
 */
public final class OpenMusicExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(OpenMusicExceptionMapper.class);

  @Context
  private UriInfo uriInfo;
  @Context
  private Request request;

  @Override
  public Response toResponse(Throwable failure) {
    return answer(failure, requestLine());
  }

  /** "METHOD /path" of the request being answered, for messages; a neutral text outside a request. */
  private String requestLine() {
    try {
      return request.getMethod() + " /" + uriInfo.getPath();
    } catch (RuntimeException outsideARequest) {
      return "this request";
    }
  }

  /** The answer to {@code failure} while handling the request {@code line} describes. */
  static Response answer(Throwable failure, String line) {
    Optional<RequestBodyTooLargeException> tooLarge = find(failure, RequestBodyTooLargeException.class);
    if (tooLarge.isPresent()) {
      return fail(413, "The request body is larger than " + tooLarge.get().limit() + " bytes.").build();
    }
    if (failure instanceof OpenMusicException refused) {
      return fail(refused.status(), refused.getMessage()).build();
    }
    if (failure instanceof DomainException domain) {
      return domain(domain);
    }
    if (failure instanceof RequestProblemException problem) {
      Response.ResponseBuilder answer = fail(problem.response().status(), problem.getMessage());
      problem.response().headers().forEach(answer::header);
      return answer.build();
    }
    if (find(failure, JsonProcessingException.class).isPresent()) {
      return fail(400, "The request body is not valid JSON.").build();
    }
    if (find(failure, EofException.class).isPresent()) {
      return fail(400, "The request ended before its body was complete.").build();
    }
    if (find(failure, ZipException.class).isPresent()) {
      return fail(400, "The request body is not valid gzip, as its Content-Encoding says.").build();
    }
    if (Problems.isUnstorableText(failure)) {
      return fail(400, "The request holds text with a character that cannot be stored (such as NUL).").build();
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return web(web, line);
    }
    if (Problems.isDatabaseUnavailable(failure)) {
      LOG.warn("OpenMusic request failed: the database is unavailable", failure);
      return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE)
          .header(HttpHeaders.RETRY_AFTER, Problems.UNAVAILABLE_RETRY_AFTER_SECONDS)
          .entity(Envelope.error("A service this request needs is unavailable; retry later.")).build();
    }
    if (Problems.isQueryCancelled(failure)) {
      LOG.warn("OpenMusic request stopped: the database cancelled a statement at its time limit: {}", failure.toString());
      return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Envelope.error("The database stopped this request at its time limit; use a longer search term."))
          .build();
    }
    String id = UUID.randomUUID().toString();
    LOG.error("OpenMusic request failed (error {})", id, failure);
    return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Envelope.error("An internal error occurred (error " + id + ").")).build();
  }

  private static Response domain(DomainException e) {
    return switch (e.kind()) {
      case BAD_REQUEST, VALIDATION, CONFLICT, PRECONDITION_FAILED -> fail(400, e.getMessage()).build();
      case UNAUTHENTICATED -> fail(401, e.getMessage()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
      case FORBIDDEN -> fail(403, e.getMessage()).build();
      case NOT_FOUND -> fail(404, e.getMessage()).build();
      case RATE_LIMITED -> fail(429, e.getMessage()).header(HttpHeaders.RETRY_AFTER, retryAfter(e)).build();
    };
  }

  private static String retryAfter(DomainException e) {
    if (e instanceof RateLimitedException throttled) {
      long millis = throttled.retryAfter().toMillis();
      return Long.toString(Math.max(1, (millis + 999) / 1000));
    }
    return Problems.RATE_LIMITED_RETRY_AFTER_SECONDS;
  }

  private static Response web(WebApplicationException e, String line) {
    int status = e.getResponse().getStatus();
    String message = switch (status) {
      case 404 -> "No resource matches " + line + ".";
      case 405 -> "The method is not allowed: " + line + ".";
      case 406 -> "This resource answers application/json only.";
      case 415 -> "The request's Content-Type is not accepted here.";
      default -> Optional.ofNullable(e.getResponse().getStatusInfo().getReasonPhrase()).orElse("The request failed.");
    };
    Response.ResponseBuilder answer = fail(status, message);
    String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      answer.header(HttpHeaders.ALLOW, allow);
    }
    return answer.build();
  }

  static Response.ResponseBuilder fail(int status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Envelope.fail(message));
  }

  private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
