package dev.cadenza.domain.ratings.model;

import dev.cadenza.domain.shared.model.Uuids;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a rating; UUIDv7, so ids order like creation times. */
public record RatingId(UUID value) {
  public RatingId {
    Objects.requireNonNull(value, "value");
  }

  public static RatingId generate(Clock clock) {
    return new RatingId(Uuids.v7(clock));
  }

  /** Empty for anything that is not a canonical UUID, so callers answer "not found" for it. */
  public static Optional<RatingId> parse(String text) {
    return Uuids.parse(text).map(RatingId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
