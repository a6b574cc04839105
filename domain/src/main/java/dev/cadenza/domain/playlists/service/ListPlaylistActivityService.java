package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.port.in.ListPlaylistActivityUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;

public final class ListPlaylistActivityService implements ListPlaylistActivityUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final PlaylistActivityLog activity;

  public ListPlaylistActivityService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                                     PlaylistActivityLog activity) {
    this.playlists = playlists;
    this.collaborators = collaborators;
    this.activity = activity;
  }

  @Override
  public Page<PlaylistActivity> listPlaylistActivity(Actor reader, PlaylistId id, PageRequest page) {
    Playlist playlist = PlaylistSupport.find(playlists, id);
    PlaylistAccess.of(reader, playlist, collaborators).requireReader();
    return activity.findByPlaylist(id, page);
  }
}
