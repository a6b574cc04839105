package dev.cadenza.domain.music.model;

import dev.cadenza.domain.shared.model.Uuids;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies an album. */
public record AlbumId(UUID value) {
  public AlbumId {
    Objects.requireNonNull(value, "value");
  }

  public static AlbumId generate(Clock clock) {
    return new AlbumId(Uuids.v7(clock));
  }

  /** Empty for anything that is not a canonical UUID, so callers answer "not found" for it. */
  public static Optional<AlbumId> parse(String text) {
    return Uuids.parse(text).map(AlbumId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
