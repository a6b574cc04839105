package dev.cadenza.domain.music.model;

import dev.cadenza.domain.shared.model.Uuids;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a song. */
public record SongId(UUID value) {
  public SongId {
    Objects.requireNonNull(value, "value");
  }

  public static SongId generate(Clock clock) {
    return new SongId(Uuids.v7(clock));
  }

  /** Empty for anything that is not a canonical UUID, so callers answer "not found" for it. */
  public static Optional<SongId> parse(String text) {
    return Uuids.parse(text).map(SongId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
