package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.playlists.port.in.GetPlaylistUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Actor;

public final class GetPlaylistService implements GetPlaylistUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final PlaylistEntryRepository entries;

  public GetPlaylistService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                            PlaylistEntryRepository entries) {
    this.playlists = playlists;
    this.collaborators = collaborators;
    this.entries = entries;
  }

  @Override
  public PlaylistView getPlaylist(Actor reader, PlaylistId id) {
    Playlist playlist = PlaylistSupport.find(playlists, id);
    PlaylistAccess access = PlaylistAccess.of(reader, playlist, collaborators).requireReader();
    return PlaylistSupport.view(entries, playlist, access.role());
  }
}
