package dev.cadenza.domain.playlists.port.out;

import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Optional;

/** The collaborators of playlists. Writers hold the playlist's lock. */
public interface CollaboratorRepository {

  Optional<Collaborator> find(PlaylistId playlist, UserId user);

  void add(Collaborator collaborator);

  /** Stores a collaborator's new role. */
  void update(Collaborator collaborator);

  boolean remove(PlaylistId playlist, UserId user);

  /** One page of a playlist's collaborators, in the order they joined (then by user id). */
  Page<Collaborator> findByPlaylist(PlaylistId playlist, PageRequest page);
}
