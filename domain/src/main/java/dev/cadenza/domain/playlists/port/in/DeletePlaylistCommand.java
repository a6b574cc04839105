package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;
import java.util.OptionalLong;

public record DeletePlaylistCommand(Actor actor, PlaylistId id, OptionalLong expectedVersion) {
  public DeletePlaylistCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
