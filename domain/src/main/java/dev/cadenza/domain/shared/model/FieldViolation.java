package dev.cadenza.domain.shared.model;

import java.util.Objects;

/** One invalid value: the field (as the caller named it) and what is wrong with it. */
public record FieldViolation(String field, String message) {
  public FieldViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
