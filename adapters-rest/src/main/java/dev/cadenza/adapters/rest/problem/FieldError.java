package dev.cadenza.adapters.rest.problem;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;

/** One invalid input: the field (a JSON property path or a query parameter) and what is wrong. */
@Schema(name = "FieldError", description = "One invalid input value.")
public record FieldError(
    @Schema(description = "The JSON property path or query parameter, as the caller named it.", example = "title")
    String field,
    @Schema(description = "What is wrong with it.", example = "is required")
    String message) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
