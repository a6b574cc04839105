package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.Uuids;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a playlist. */
public record PlaylistId(UUID value) {
  public PlaylistId {
    Objects.requireNonNull(value, "value");
  }

  public static PlaylistId generate(Clock clock) {
    return new PlaylistId(Uuids.v7(clock));
  }

  /** Empty for anything that is not a canonical UUID, so callers answer "not found" for it. */
  public static Optional<PlaylistId> parse(String text) {
    return Uuids.parse(text).map(PlaylistId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
