package dev.cadenza.domain.shared.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user account; the only user type other contexts may refer to. */
public record UserId(UUID value) {
  public UserId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
