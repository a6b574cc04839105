package dev.cadenza.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}). Members that do not apply
 * are left out.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, the body of every error response "
    + "(media type application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "code", "errors", "current"})
public record Problem(
    @Schema(description = "A stable relative URI naming the kind of problem.", example = "/problems/validation",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String type,
    @Schema(description = "A short summary of the kind of problem.", example = "Validation failed",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String title,
    @Schema(description = "The HTTP status code.", example = "422", requiredMode = Schema.RequiredMode.REQUIRED)
    int status,
    @Schema(description = "What went wrong with this request.", example = "title: is required")
    String detail,
    @Schema(description = "Identifies this occurrence (urn:uuid:...); the same id is in the service log. "
        + "Present on 500 and 503 answers.", example = "urn:uuid:0b8f0c8e-8d8e-4a57-9a35-0f8e55a6c8a1")
    String instance,
    @Schema(description = "The machine-readable domain error code, when the domain raised the problem.",
        example = "Validation")
    String code,
    @Schema(description = "Every invalid input value (validation and binding problems).")
    List<FieldError> errors,
    @Schema(description = "On 412: the current representation of the resource, to retry from.",
        type = "object")
    Object current) {

  /** The most errors a problem lists; a request with more learns how many there were. */
  public static final int MAX_ERRORS = 50;
  /** The longest detail, in characters, before it is cut. */
  public static final int MAX_DETAIL = 2_000;

  /**
   * Bounds what a small request can make the service write: at most {@link #MAX_ERRORS} errors
   * and {@link #MAX_DETAIL} characters of detail (a body of 100,000 bad ids would otherwise get an
   * answer twenty times its size).
   */
  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    String more = "";
    if (errors != null && errors.size() > MAX_ERRORS) {
      more = " (" + errors.size() + " errors in all; the first " + MAX_ERRORS + " are listed)";
      errors = errors.subList(0, MAX_ERRORS);
    }
    if (detail != null && detail.length() > MAX_DETAIL) {
      int end = Character.isLowSurrogate(detail.charAt(MAX_DETAIL)) ? MAX_DETAIL - 1 : MAX_DETAIL;
      detail = detail.substring(0, end) + "...";
    }
    if (detail != null) {
      detail = detail + more;
    }
  }
}
