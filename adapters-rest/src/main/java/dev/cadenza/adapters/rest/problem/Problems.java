package dev.cadenza.adapters.rest.problem;

import dev.cadenza.domain.shared.model.RateLimitedException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.cadenza.adapters.rest.ratings.RatingsWire;
import dev.cadenza.domain.ratings.model.DuplicateRatingException;
import dev.cadenza.domain.shared.model.DomainException;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.ValidationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns anything that went wrong into the problem to answer with. The single place that knows how
 * domain error kinds, JAX-RS and Jackson failures and infrastructure outages map to HTTP. Unknown
 * failures become a generic {@code 500} whose {@code instance} id is logged with the stack trace.
 */
public final class Problems {

  /** Seconds a client should wait before retrying when the database is unreachable. */
  public static final String UNAVAILABLE_RETRY_AFTER_SECONDS = "5";
  /** Seconds a rate-limited client should wait; the domain does not say, so this is a fixed hint. */
  public static final String RATE_LIMITED_RETRY_AFTER_SECONDS = "60";

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  /** Jackson's pointer to the setting behind a limit, "(1000, from `StreamReadConstraints.getMaxNestingDepth()`)". */
  private static final Pattern LIMIT_SOURCE = Pattern.compile(", from `[^`]*`");
  /** Jackson's advice to its own user, ": enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow". */
  private static final Pattern FEATURE_HINT = Pattern.compile(":? *\\(?(?:enable|use) `[^`]*Feature[^`]*`[^):]*\\)?");
  /** Jackson's note on where the source is, which says nothing useful to a client. */
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; (line: \\d+, column: \\d+)\\]");
  private static final List<String> COPIED_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER,
      HttpHeaders.WWW_AUTHENTICATE);

  private final Representations representations;

  public Problems(Representations representations) {
    this.representations = representations;
  }

  /** The problem for a failure while handling {@code request}. */
  public ProblemResponse of(Throwable failure, RequestLine request) {
    Optional<RequestBodyTooLargeException> tooLarge = find(failure, RequestBodyTooLargeException.class);
    if (tooLarge.isPresent()) {
      return payloadTooLarge(tooLarge.get().limit());
    }
    if (failure instanceof RequestProblemException problem) {
      return problem.response();
    }
    if (failure instanceof DomainException domain) {
      return domain(domain);
    }
    if (failure instanceof WebApplicationException web && isClientOrUnavailable(web.getResponse().getStatus())) {
      Optional<JsonProcessingException> json = requestJsonFailure(web.getCause());
      return json.isPresent() && isRequestJsonFailure(json.get()) ? json(json.get()) : web(web, request);
    }
    Optional<JsonProcessingException> json = failure instanceof ProcessingException
        ? requestJsonFailure(failure.getCause()) : requestJsonFailure(failure);
    if (json.isPresent() && isRequestJsonFailure(json.get())) {
      return json(json.get());
    }
    if (find(failure, EofException.class).isPresent()) {
      return simple(ProblemType.BAD_REQUEST, "The request ended before its body was complete.");
    }
    if (find(failure, ZipException.class).isPresent()) {
      return simple(ProblemType.BAD_REQUEST, "The request body is not valid gzip, as its Content-Encoding says.");
    }
    if (isUnstorableText(failure)) {
      return RequestProblemException.of(ProblemType.VALIDATION, "The request holds text with a character that"
          + " cannot be stored (such as NUL, U+0000); send text without it.", List.of()).response();
    }
    if (isDatabaseUnavailable(failure)) {
      return unavailable(failure, request);
    }
    if (isQueryCancelled(failure)) {
      return timedOut(failure, request);
    }
    return internal(failure, request);
  }

  /**
   * The problem for an error that Jetty itself answers (no route in the servlet context, a filter that
   * sent an error, a failure outside Jersey): {@code cause} when there is one decides, otherwise the
   * status does.
   */
  public ProblemResponse ofStatus(int status, String message, Throwable cause, RequestLine request) {
    Optional<HttpException> protocol = protocolError(cause);
    if (protocol.isPresent()) {
      // the request could not even be parsed (an unknown HTTP version, say): the client's fault
      HttpException refused = protocol.get();
      return forStatus(refused.getCode(), refused.getReason() == null || refused.getReason().isBlank()
          ? HttpStatus.getMessage(refused.getCode()) : refused.getReason());
    }
    if (cause != null && (status >= 500 || decidesStatus(cause))) {
      return of(cause, request);
    }
    if (status == 501) {
      // HttpServlet's answer to a method it has no handler for (PATCH on the admin port's pages, which
      // are read with GET): the client's choice of method, not a failure of the service
      return ofStatus(405, null, null, request).withHeader(HttpHeaders.ALLOW, "GET, HEAD");
    }
    if (status >= 500 && status != 503) {
      return internal(null, request);
    }
    if (status == 503) {
      return forStatus(503, "A service this request needs is unavailable; retry later.")
          .withHeader(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_AFTER_SECONDS);
    }
    String detail = switch (status) {
      case 404 -> "No resource matches " + describe(request) + ".";
      case 405 -> (request.method() == null ? "This method" : request.method()) + " is not allowed here.";
      case 413 -> "The request body is too large.";
      default -> message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    };
    return forStatus(status, detail);
  }

  /**
   * Jetty's own refusal of a request it could not parse, when its code blames the client (4xx, or
   * 505 for an HTTP version it does not speak).
   */
  private static Optional<HttpException> protocolError(Throwable cause) {
    if (cause == null) {
      return Optional.empty();
    }
    for (Throwable t : chain(cause)) {
      if (t instanceof HttpException http && ((http.getCode() >= 400 && http.getCode() < 500)
          || http.getCode() == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505)) {
        return Optional.of(http);
      }
    }
    return Optional.empty();
  }

  private static boolean isClientOrUnavailable(int status) {
    return status < 500 || status == 503;
  }

  /** Failures whose problem does not depend on the status someone already chose for them. */
  private static boolean decidesStatus(Throwable cause) {
    return cause instanceof DomainException || cause instanceof RequestProblemException
        || find(cause, RequestBodyTooLargeException.class).isPresent();
  }

  private ProblemResponse domain(DomainException e) {
    return switch (e.kind()) {
      case BAD_REQUEST -> fromDomain(ProblemType.BAD_REQUEST, e, null, null);
      case UNAUTHENTICATED -> fromDomain(ProblemType.UNAUTHORIZED, e, null, null)
          .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
      case FORBIDDEN -> fromDomain(ProblemType.FORBIDDEN, e, null, null);
      case NOT_FOUND -> fromDomain(ProblemType.NOT_FOUND, e, null, null);
      case CONFLICT -> e instanceof DuplicateRatingException duplicate
          ? fromDomain(ProblemType.CONFLICT, e, null, null)
              .withHeader(HttpHeaders.LOCATION, RatingsWire.location(duplicate))
          : fromDomain(ProblemType.CONFLICT, e, null, null);
      case PRECONDITION_FAILED -> preconditionFailed(e);
      case VALIDATION -> fromDomain(ProblemType.VALIDATION, e, violations(e), null);
      case RATE_LIMITED -> fromDomain(ProblemType.RATE_LIMITED, e, null, null)
          .withHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds(e));
    };
  }

  /** Whole seconds, rounded up, at least 1: what the throttle says, or the default. */
  private static String retryAfterSeconds(DomainException e) {
    if (e instanceof RateLimitedException throttled) {
      long millis = throttled.retryAfter().toMillis();
      return Long.toString(Math.max(1, (millis + 999) / 1000));
    }
    return RATE_LIMITED_RETRY_AFTER_SECONDS;
  }

  private ProblemResponse preconditionFailed(DomainException e) {
    if (e instanceof PreconditionFailedException stale) {
      Optional<Representations.Representation> current = representations.represent(stale.current());
      if (current.isPresent()) {
        return fromDomain(ProblemType.PRECONDITION_FAILED, e, null, current.get().body())
            .withHeader(HttpHeaders.ETAG, current.get().etag());
      }
    }
    return fromDomain(ProblemType.PRECONDITION_FAILED, e, null, null);
  }

  private static List<FieldError> violations(DomainException e) {
    if (e instanceof ValidationException invalid) {
      List<FieldError> errors = new ArrayList<>();
      for (FieldViolation v : invalid.violations()) {
        errors.add(new FieldError(v.field(), v.message()));
      }
      return errors;
    }
    return null;
  }

  private static ProblemResponse fromDomain(ProblemType type, DomainException e, List<FieldError> errors,
                                            Object current) {
    return ProblemResponse.of(new Problem(type.uri(), type.title(), type.status(), e.getMessage(), null, e.code(),
        errors, current));
  }

  /** Whether {@code request} reads a file (a cover image, an export's file) rather than JSON. */
  private static boolean isFile(RequestLine request) {
    return request.path() != null && (request.path().endsWith("/cover") || request.path().endsWith("/file"));
  }

  /** What a 415 tells the client to send instead: an image to a cover, JSON everywhere else. */
  private static String whatToSend(RequestLine request) {
    if (request.path() != null && request.path().endsWith("/cover")) {
      return "send multipart/form-data with the image in the field \"cover\", or the image itself as an image/* "
          + "type (image/jpeg, image/png, image/webp, ...) or application/octet-stream";
    }
    return "send application/json (PATCH also takes application/merge-patch+json)";
  }

  private ProblemResponse web(WebApplicationException e, RequestLine request) {
    Response response = e.getResponse();
    int status = response.getStatus();
    Set<String> allowed = status == 405 ? withHead(response.getAllowedMethods()) : Set.of();
    String detail = switch (status) {
      case 400 -> "The request could not be understood.";
      case 404 -> "No resource matches " + describe(request) + ".";
      case 405 -> methodNotAllowed(request, allowed);
      case 406 -> isFile(request)
          ? "This resource answers with a file in its own type; the Accept header takes no type at all."
          : "This resource answers with application/json (errors with application/problem+json); "
          + "the Accept header excludes it.";
      case 415 -> "Content-Type " + (request.contentType() == null ? "(none)" : request.contentType())
          + " is not accepted here; " + whatToSend(request) + ".";
      default -> HttpStatus.getMessage(status);
    };
    ProblemResponse problem = forStatus(status, detail);
    if (status == 503) {
      problem = problem.withHeader(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_AFTER_SECONDS);
    }
    for (String header : COPIED_HEADERS) {
      String value = response.getHeaderString(header);
      if (value != null && !value.isEmpty()) {
        problem = problem.withHeader(header, value);
      }
    }
    if (!allowed.isEmpty()) {
      problem = problem.withHeader(HttpHeaders.ALLOW, String.join(", ", new TreeSet<>(allowed)));
    }
    return problem;
  }

  /**
   * The methods a {@code 405} names: Jersey's, with {@code HEAD} wherever {@code GET} is, as every
   * {@code GET} also answers {@code HEAD} (and {@code OPTIONS} names it).
   */
  private static Set<String> withHead(Set<String> allowed) {
    if (allowed == null || allowed.isEmpty()) {
      return Set.of();
    }
    Set<String> all = new TreeSet<>(allowed);
    if (all.contains("GET")) {
      all.add("HEAD");
    }
    return all;
  }

  private static String methodNotAllowed(RequestLine request, Set<String> allowed) {
    String method = request.method() == null ? "This method" : request.method();
    if (allowed == null || allowed.isEmpty()) {
      return method + " is not allowed here.";
    }
    return method + " is not allowed here; allowed: " + String.join(", ", new TreeSet<>(allowed)) + ".";
  }

  private static ProblemResponse forStatus(int status, String detail) {
    Optional<ProblemType> type = ProblemType.forStatus(status);
    String uri = type.map(ProblemType::uri).orElse("about:blank");
    String title = type.map(ProblemType::title).orElse(HttpStatus.getMessage(status));
    return ProblemResponse.of(new Problem(uri, title, status, detail, null, null, null, null));
  }

  private static ProblemResponse simple(ProblemType type, String detail) {
    return ProblemResponse.of(new Problem(type.uri(), type.title(), type.status(), detail, null, null, null, null));
  }

  private static ProblemResponse payloadTooLarge(long limit) {
    return simple(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + limit + " bytes.");
  }

  /** The Jackson failure behind a request entity that could not be read, if that is what {@code cause} is. */
  private static Optional<JsonProcessingException> requestJsonFailure(Throwable cause) {
    return cause instanceof JsonProcessingException json ? Optional.of(json) : Optional.empty();
  }

  private static boolean isRequestJsonFailure(JsonProcessingException e) {
    if (e instanceof InvalidDefinitionException) {
      return false;
    }
    if (e instanceof StreamReadException || e instanceof MismatchedInputException
        || e instanceof StreamConstraintsException) {
      return true;
    }
    return e instanceof JsonMappingException mapping && mapping.getProcessor() instanceof JsonParser
        && !(mapping.getProcessor() instanceof JsonGenerator);
  }

  private static ProblemResponse json(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      String field = path(unknown);
      return RequestProblemException.invalid(List.of(new FieldError(field, "is not a known property")))
          .response();
    }
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return RequestProblemException.badInput(path(mismatch), expectation(mismatch.getTargetType())).response();
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return RequestProblemException.badInput(path(mapping), "has a value that cannot be read").response();
    }
    if (e instanceof MismatchedInputException) {
      return RequestProblemException.of(ProblemType.BAD_REQUEST, "The request body must be a JSON object.",
          List.of()).response();
    }
    if (e instanceof StreamConstraintsException) {
      return RequestProblemException.malformedJson("The request body is beyond what this service reads as JSON: "
          + describe(e)).response();
    }
    return RequestProblemException.malformedJson("The request body is not valid JSON: " + describe(e)).response();
  }

  /** What a JSON value bound to {@code target} must be, in the words of an error message. */
  public static String expectation(Class<?> target) {
    if (target == null) {
      return "has the wrong JSON type";
    }
    if (CharSequence.class.isAssignableFrom(target) || target == char.class || target == Character.class
        || target.isEnum()) {
      return "must be a string";
    }
    if (target == Integer.class || target == int.class || target == Long.class || target == long.class
        || target == Short.class || target == short.class) {
      return "must be an integer";
    }
    if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
      return "must be a number";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "must be true or false";
    }
    if (target.isArray() || java.util.Collection.class.isAssignableFrom(target)) {
      return "must be an array";
    }
    return "must be a JSON object";
  }

  /** The JSON path of a binding failure, such as {@code title} or {@code songIds[2]}. */
  public static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "(body)" : path.toString();
  }

  private static String describe(JsonProcessingException e) {
    String message = readable(e);
    JsonLocation where = e.getLocation();
    if (where != null && where.getLineNr() > 0) {
      message = message + " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }
    return message;
  }

  /**
   * Jackson's message for a client: without its pointers to its own settings and features, its
   * source description, and anything after the first line, at most 200 characters.
   */
  public static String readable(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      message = "it cannot be parsed";
    }
    message = SOURCE.matcher(message).replaceAll("[$1]");
    message = LIMIT_SOURCE.matcher(message).replaceAll("");
    message = FEATURE_HINT.matcher(message).replaceAll("");
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    if (message.length() > 200) {
      message = message.substring(0, 200) + "...";
    }
    return message;
  }

  private static String describe(RequestLine request) {
    if (request.path() == null) {
      return "this request";
    }
    return (request.method() == null ? "" : request.method() + " ") + request.path();
  }

  /**
   * A statement the database cancelled: the request asked for more work than its time limit allows,
   * which the same request will do again, so no Retry-After invites clients or proxies to repeat it.
   */
  private ProblemResponse timedOut(Throwable failure, RequestLine request) {
    String instance = "urn:uuid:" + UUID.randomUUID();
    LOG.warn("{} answered 503, the database cancelled a statement at its time limit (problem instance {}): {}",
        describe(request), instance, failure.toString());
    Problem problem = new Problem(ProblemType.SERVICE_UNAVAILABLE.uri(), ProblemType.SERVICE_UNAVAILABLE.title(),
        503, "The database stopped this request at its time limit. For a catalog search, use a longer term:"
        + " terms of three or more characters use the index, one or two are matched row by row.", instance,
        null, null, null);
    return new ProblemResponse(503, Map.of(), problem);
  }

  private ProblemResponse unavailable(Throwable failure, RequestLine request) {
    String instance = "urn:uuid:" + UUID.randomUUID();
    LOG.warn("{} answered 503, a required dependency is unreachable (problem instance {})",
        describe(request), instance, failure);
    Problem problem = new Problem(ProblemType.SERVICE_UNAVAILABLE.uri(), ProblemType.SERVICE_UNAVAILABLE.title(),
        503, "A service this request needs is unreachable; retry later.", instance, null, null, null);
    return new ProblemResponse(503, Map.of(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_AFTER_SECONDS), problem);
  }

  private ProblemResponse internal(Throwable failure, RequestLine request) {
    String instance = "urn:uuid:" + UUID.randomUUID();
    if (failure == null) {
      LOG.error("{} answered 500 (problem instance {})", describe(request), instance);
    } else {
      LOG.error("{} failed (problem instance {})", describe(request), instance, failure);
    }
    Problem problem = new Problem(ProblemType.INTERNAL.uri(), ProblemType.INTERNAL.title(), 500,
        "The service failed to handle this request; quote the instance id when reporting it.", instance, null,
        null, null);
    return ProblemResponse.of(problem);
  }

  /**
   * True when the database refused a text value it cannot hold (SQLSTATE 22021, a NUL or a byte
   * sequence invalid in its encoding; 22P05, a character its encoding lacks): a request's input,
   * wherever it slipped past validation, and the transaction was rolled back.
   */
  public static boolean isUnstorableText(Throwable failure) {
    return hasSqlState(failure, state -> state.equals("22021") || state.equals("22P05"));
  }

  /**
   * True when the failure comes from a database connection that cannot be had or was lost: refused,
   * broken, or not free in the pool within its wait (Tomcat JDBC's pool, under Dropwizard's data
   * source, says so with an SQLException without SQLSTATE, known here by its class name only).
   */
  public static boolean isDatabaseUnavailable(Throwable failure) {
    return find(failure, SQLTransientConnectionException.class).isPresent()
        || hasSqlState(failure, state -> state.startsWith("08"))
        || chain(failure).stream().anyMatch(t -> t instanceof SQLException
            && t.getClass().getName().equals(POOL_EXHAUSTED));
  }

  /**
   * True when the database cancelled a statement (SQLSTATE 57014): it ran past its time limit, such
   * as a catalog search past {@code searchTimeout}, or an operator cancelled it.
   */
  public static boolean isQueryCancelled(Throwable failure) {
    return hasSqlState(failure, "57014"::equals);
  }

  private static final String POOL_EXHAUSTED = "org.apache.tomcat.jdbc.pool.PoolExhaustedException";

  /** Whether {@code failure} or a cause is an {@link SQLException} whose SQLSTATE {@code state} accepts. */
  private static boolean hasSqlState(Throwable failure, Predicate<String> state) {
    for (Throwable t : chain(failure)) {
      if (t instanceof SQLException sql && sql.getSQLState() != null && state.test(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    for (Throwable t : chain(failure)) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  /** {@code failure} and its causes, each once (cause chains can loop). */
  private static List<Throwable> chain(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
