package dev.cadenza.adapters.rest.problem;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of problem this API answers with; each has a stable relative type URI. */
public enum ProblemType {
  BAD_REQUEST("bad-request", 400, "Bad request"),
  MALFORMED_JSON("malformed-json", 400, "Malformed JSON"),
  UNAUTHORIZED("unauthorized", 401, "Unauthorized"),
  FORBIDDEN("forbidden", 403, "Forbidden"),
  NOT_FOUND("not-found", 404, "Not found"),
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
  NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
  CONFLICT("conflict", 409, "Conflict"),
  PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed"),
  PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
  VALIDATION("validation", 422, "Validation failed"),
  RATE_LIMITED("rate-limited", 429, "Too many requests"),
  INTERNAL("internal", 500, "Internal server error"),
  SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable");

  private final String slug;
  private final int status;
  private final String title;

  ProblemType(String slug, int status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  /** The type URI, relative: {@code /problems/<slug>}. */
  public String uri() {
    return "/problems/" + slug;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The general problem type of a status code, if this API has one (400 is {@link #BAD_REQUEST}). */
  public static Optional<ProblemType> forStatus(int status) {
    return Arrays.stream(values()).filter(t -> t.status == status && t != MALFORMED_JSON).findFirst();
  }
}
