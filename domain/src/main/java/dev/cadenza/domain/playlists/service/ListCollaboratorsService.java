package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.port.in.ListCollaboratorsUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Objects;

public final class ListCollaboratorsService implements ListCollaboratorsUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final PlaylistPrivacy privacy;

  public ListCollaboratorsService(PlaylistRepository playlists, CollaboratorRepository collaborators) {
    this(playlists, collaborators, PlaylistPrivacy.HIDDEN);
  }

  /** With {@code privacy}: what a private playlist shows to those who may not read it. */
  public ListCollaboratorsService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                                  PlaylistPrivacy privacy) {
    this.playlists = playlists;
    this.collaborators = collaborators;
    this.privacy = Objects.requireNonNull(privacy, "privacy");
  }

  @Override
  public Page<Collaborator> listCollaborators(Actor reader, PlaylistId id, PageRequest page) {
    Playlist playlist = PlaylistSupport.find(playlists, id);
    PlaylistAccess.of(reader, playlist, collaborators, privacy).requireReader();
    return collaborators.findByPlaylist(id, page);
  }

  @Override
  public Collaborator getCollaborator(Actor reader, PlaylistId id, UserId user) {
    Playlist playlist = PlaylistSupport.find(playlists, id);
    PlaylistAccess.of(reader, playlist, collaborators, privacy).requireReader();
    return collaborators.find(id, user)
        .orElseThrow(() -> new NotFoundException(PlaylistSupport.COLLABORATOR, user.toString()));
  }
}
