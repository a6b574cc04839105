package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;

/** A playlist's collaborators, for its readers. */
public interface ListCollaboratorsUseCase {
  Page<Collaborator> listCollaborators(Actor reader, PlaylistId playlist, PageRequest page);

  /** One collaborator of a playlist the reader may read; not found when the user is not one. */
  Collaborator getCollaborator(Actor reader, PlaylistId playlist, UserId user);
}
