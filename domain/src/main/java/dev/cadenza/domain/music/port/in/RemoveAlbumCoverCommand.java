package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;
import java.util.OptionalLong;

/** Removes an album's cover; {@code expectedVersion} as in {@link UpdateAlbumCommand}. */
public record RemoveAlbumCoverCommand(Actor actor, AlbumId id, OptionalLong expectedVersion) {
  public RemoveAlbumCoverCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
