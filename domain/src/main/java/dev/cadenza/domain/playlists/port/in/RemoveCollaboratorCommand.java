package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Objects;
import java.util.OptionalLong;

public record RemoveCollaboratorCommand(Actor actor, PlaylistId playlist, UserId user, OptionalLong expectedVersion) {
  public RemoveCollaboratorCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(playlist, "playlist");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
