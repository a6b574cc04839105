package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.Playlist;

/**
 * Removes a collaborator; the owner only. Removing a user who is not a collaborator changes nothing.
 * Answers the playlist (at a new version when a collaborator went).
 */
public interface RemoveCollaboratorUseCase {
  Playlist removeCollaborator(RemoveCollaboratorCommand command);
}
