package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
import java.util.Objects;
import java.util.OptionalLong;

/** Makes {@code user} an editor or a viewer of the playlist. */
public record SetCollaboratorCommand(Actor actor, PlaylistId playlist, UserId user, PlaylistRole role,
                                     OptionalLong expectedVersion) {
  public SetCollaboratorCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(playlist, "playlist");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    if (role == null || role == PlaylistRole.OWNER) {
      throw ValidationException.of("role", "must be editor or viewer");
    }
  }
}
