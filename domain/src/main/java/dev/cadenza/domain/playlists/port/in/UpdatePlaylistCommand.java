package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.PlaylistChanges;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Changes a playlist's name, description or visibility. With {@code expectedVersion}, the change
 * applies only to that version ({@link dev.cadenza.domain.shared.model.PreconditionFailedException}
 * otherwise).
 */
public record UpdatePlaylistCommand(Actor actor, PlaylistId id, OptionalLong expectedVersion,
                                    PlaylistChanges changes) {
  public UpdatePlaylistCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    Objects.requireNonNull(changes, "changes");
  }
}
