package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.SongChanges;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Changes a song. With {@code expectedVersion}, the change applies only to that version
 * ({@link dev.cadenza.domain.shared.model.PreconditionFailedException} otherwise).
 */
public record UpdateSongCommand(Actor actor, SongId id, OptionalLong expectedVersion, SongChanges changes) {
  public UpdateSongCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    Objects.requireNonNull(changes, "changes");
  }
}
