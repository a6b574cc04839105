package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.port.in.ListPlaylistActivityUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.Objects;

public final class ListPlaylistActivityService implements ListPlaylistActivityUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final PlaylistActivityLog activity;
  private final PlaylistPrivacy privacy;

  public ListPlaylistActivityService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                                     PlaylistActivityLog activity) {
    this(playlists, collaborators, activity, PlaylistPrivacy.HIDDEN);
  }

  /** With {@code privacy}: what a private playlist shows to those who may not read it. */
  public ListPlaylistActivityService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                                     PlaylistActivityLog activity,
                                     PlaylistPrivacy privacy) {
    this.playlists = playlists;
    this.collaborators = collaborators;
    this.activity = activity;
    this.privacy = Objects.requireNonNull(privacy, "privacy");
  }

  @Override
  public Page<PlaylistActivity> listPlaylistActivity(Actor reader, PlaylistId id, PageRequest page) {
    Playlist playlist = PlaylistSupport.find(playlists, id);
    PlaylistAccess.of(reader, playlist, collaborators, privacy).requireReader();
    return activity.findByPlaylist(id, page);
  }
}
