package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;
import java.util.OptionalLong;

public record DeleteSongCommand(Actor actor, SongId id, OptionalLong expectedVersion) {
  public DeleteSongCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
