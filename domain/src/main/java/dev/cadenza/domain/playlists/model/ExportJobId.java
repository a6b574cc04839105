package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.Uuids;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies an export job. */
public record ExportJobId(UUID value) {
  public ExportJobId {
    Objects.requireNonNull(value, "value");
  }

  public static ExportJobId generate(Clock clock) {
    return new ExportJobId(Uuids.v7(clock));
  }

  /** Empty for anything that is not a canonical UUID, so callers answer "not found" for it. */
  public static Optional<ExportJobId> parse(String text) {
    return Uuids.parse(text).map(ExportJobId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
