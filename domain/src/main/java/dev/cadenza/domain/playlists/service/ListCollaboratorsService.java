package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.port.in.ListCollaboratorsUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;

public final class ListCollaboratorsService implements ListCollaboratorsUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;

  public ListCollaboratorsService(PlaylistRepository playlists, CollaboratorRepository collaborators) {
    this.playlists = playlists;
    this.collaborators = collaborators;
  }

  @Override
  public Page<Collaborator> listCollaborators(Actor reader, PlaylistId id, PageRequest page) {
    Playlist playlist = PlaylistSupport.find(playlists, id);
    PlaylistAccess.of(reader, playlist, collaborators).requireReader();
    return collaborators.findByPlaylist(id, page);
  }
}
