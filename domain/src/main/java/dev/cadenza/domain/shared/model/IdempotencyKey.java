package dev.cadenza.domain.shared.model;

import java.util.Objects;

/**
 * A client's {@code Idempotency-Key}: 1 to 255 visible ASCII characters. A retry that carries the
 * same key (and the same request) gets the first answer again instead of a second effect.
 */
public record IdempotencyKey(String value) {

  public static final int MAX_LENGTH = 255;
  /** The field name violations report, as clients send it. */
  public static final String FIELD = "Idempotency-Key";

  public IdempotencyKey {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw ValidationException.of(FIELD, "must be 1 to " + MAX_LENGTH + " visible ASCII characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
