package dev.cadenza.adapters.rest.problem;

import dev.cadenza.domain.shared.model.PreconditionFailedException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A problem the adapter itself finds in a request (bad query parameter, unbindable JSON, an
 * {@code If-Match} that names none of our entity tags), thrown from resources and answered as is.
 */
public class RequestProblemException extends RuntimeException {

  /** The challenge every {@code 401} carries: this API authenticates with bearer tokens (or API keys). */
  public static final String BEARER_CHALLENGE = "Bearer";

  private final transient ProblemResponse response;

  private RequestProblemException(ProblemResponse response) {
    super(response.problem().detail());
    this.response = response;
  }

  public ProblemResponse response() {
    return response;
  }

  public static RequestProblemException of(ProblemType type, String detail, List<FieldError> errors) {
    return of(type, detail, null, errors);
  }

  private static RequestProblemException of(ProblemType type, String detail, String code, List<FieldError> errors) {
    return new RequestProblemException(ProblemResponse.of(
        new Problem(type.uri(), type.title(), type.status(), detail, null, code, errors, null)));
  }

  /** 400 for one input that could not be read: a query parameter or a JSON property of the wrong type. */
  public static RequestProblemException badInput(String field, String message) {
    return of(ProblemType.BAD_REQUEST, field + ": " + message, List.of(new FieldError(field, message)));
  }

  /** 400 for a body that is not JSON at all. */
  public static RequestProblemException malformedJson(String detail) {
    return of(ProblemType.MALFORMED_JSON, detail, List.of());
  }

  /** 422 for inputs the adapter already knows are invalid (unknown or read-only JSON properties). */
  public static RequestProblemException invalid(List<FieldError> errors) {
    Objects.requireNonNull(errors, "errors");
    StringBuilder detail = new StringBuilder();
    for (FieldError e : errors) {
      if (detail.length() > 0) {
        detail.append("; ");
      }
      detail.append(e.field()).append(": ").append(e.message());
    }
    // the code the domain's validation problems carry, so that clients tell one kind of 422 by one code
    return of(ProblemType.VALIDATION, detail.toString(), VALIDATION_CODE, errors);
  }

  /**
   * 403 for an operation an API key may not do although its account may: one that manages the
   * account's credentials, which needs a session (a bearer token from signing in).
   */
  public static RequestProblemException sessionRequired(String detail) {
    return of(ProblemType.FORBIDDEN, detail, "SessionRequired", List.of());
  }

  /** The code of a 422 listing invalid fields, the domain's and the adapter's alike. */
  static final String VALIDATION_CODE = "Validation";

  /**
   * 401 for credentials the adapter refuses by their form alone (an {@code Authorization} scheme
   * other than Bearer, a token in the URL, two credentials at once), with the Bearer challenge.
   */
  public static RequestProblemException unauthorized(String detail) {
    ProblemType type = ProblemType.UNAUTHORIZED;
    return new RequestProblemException(ProblemResponse.of(
        new Problem(type.uri(), type.title(), type.status(), detail, null, null, null, null))
        .withHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE));
  }

  /** 412 with the current representation, for a precondition the adapter evaluated itself. */
  public static RequestProblemException preconditionFailed(String detail, Representations.Representation current) {
    Problem problem = new Problem(ProblemType.PRECONDITION_FAILED.uri(), ProblemType.PRECONDITION_FAILED.title(),
        412, detail, null, null, null, current.body());
    return new RequestProblemException(new ProblemResponse(412, Map.of("ETag", current.etag()), problem));
  }

  /**
   * The {@code 412} of a version check the domain made, with its code and detail, showing the current
   * state as {@code current} (what a read by the caller shows, which the domain cannot render).
   */
  public static RequestProblemException preconditionFailed(PreconditionFailedException stale,
                                                           Representations.Representation current) {
    Problem problem = new Problem(ProblemType.PRECONDITION_FAILED.uri(), ProblemType.PRECONDITION_FAILED.title(),
        412, stale.getMessage(), null, stale.code(), null, current.body());
    return new RequestProblemException(new ProblemResponse(412, Map.of("ETag", current.etag()), problem));
  }
}
