package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.AlbumChanges;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;
import java.util.OptionalLong;

/** Changes an album; see {@link UpdateSongCommand} for {@code expectedVersion}. */
public record UpdateAlbumCommand(Actor actor, AlbumId id, OptionalLong expectedVersion, AlbumChanges changes) {
  public UpdateAlbumCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    Objects.requireNonNull(changes, "changes");
  }
}
