package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.Uuids;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one entry of a playlist; stable while the entry moves. */
public record EntryId(UUID value) {
  public EntryId {
    Objects.requireNonNull(value, "value");
  }

  public static EntryId generate(Clock clock) {
    return new EntryId(Uuids.v7(clock));
  }

  /** Empty for anything that is not a canonical UUID. */
  public static Optional<EntryId> parse(String text) {
    return Uuids.parse(text).map(EntryId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
