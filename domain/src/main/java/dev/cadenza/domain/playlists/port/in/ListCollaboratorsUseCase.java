package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;

/** A playlist's collaborators, for its readers. */
public interface ListCollaboratorsUseCase {
  Page<Collaborator> listCollaborators(Actor reader, PlaylistId playlist, PageRequest page);
}
