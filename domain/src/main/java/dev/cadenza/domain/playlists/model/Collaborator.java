package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Objects;

/** A user the owner let into a playlist, as an editor or a viewer. */
public record Collaborator(PlaylistId playlistId, UserId userId, PlaylistRole role, Instant addedAt) {
  public Collaborator {
    Objects.requireNonNull(playlistId, "playlistId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(addedAt, "addedAt");
    if (role == PlaylistRole.OWNER) {
      throw new IllegalArgumentException("collaborators are editors or viewers");
    }
  }

  public Collaborator withRole(PlaylistRole newRole) {
    return new Collaborator(playlistId, userId, newRole, addedAt);
  }
}
