package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.Uuids;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies an API key. */
public record ApiKeyId(UUID value) {
  public ApiKeyId {
    Objects.requireNonNull(value, "value");
  }

  public static ApiKeyId generate(Clock clock) {
    return new ApiKeyId(Uuids.v7(clock));
  }

  public static Optional<ApiKeyId> parse(String text) {
    return Uuids.parse(text).map(ApiKeyId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
