package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.Playlist;
import java.util.Objects;

/**
 * A collaborator as now stored, whether it was {@code added} (rather than already there), and the
 * playlist (at a new version when anything changed).
 */
public record CollaboratorChange(Collaborator collaborator, boolean added, Playlist playlist) {
  public CollaboratorChange {
    Objects.requireNonNull(collaborator, "collaborator");
    Objects.requireNonNull(playlist, "playlist");
  }
}
