package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.UserId;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of {@code playlist_collaborators}. */
record CollaboratorRow(UUID playlistId, UUID userId, String role, OffsetDateTime addedAt) {

  static final String COLUMNS = "playlist_id, user_id, role, added_at";

  static CollaboratorRow of(Collaborator c) {
    return new CollaboratorRow(c.playlistId().value(), c.userId().value(), c.role().wireName(),
        Times.toColumn(c.addedAt()));
  }

  Collaborator toCollaborator() {
    return new Collaborator(new PlaylistId(playlistId), new UserId(userId), JdbiPlaylistRepository.role(role),
        addedAt.toInstant());
  }
}
