package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;
import java.util.OptionalLong;

public record DeleteAlbumCommand(Actor actor, AlbumId id, OptionalLong expectedVersion) {
  public DeleteAlbumCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
