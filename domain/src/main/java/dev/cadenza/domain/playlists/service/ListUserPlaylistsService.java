package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.playlists.port.in.ListUserPlaylistsUseCase;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.port.in.GetUserUseCase;
import java.util.Optional;

public final class ListUserPlaylistsService implements ListUserPlaylistsUseCase {

  private final PlaylistRepository playlists;
  private final PlaylistEntryRepository entries;
  private final GetUserUseCase users;

  public ListUserPlaylistsService(PlaylistRepository playlists, PlaylistEntryRepository entries, GetUserUseCase users) {
    this.playlists = playlists;
    this.entries = entries;
    this.users = users;
  }

  @Override
  public Page<PlaylistView> listUserPlaylists(Actor reader, UserId owner, PageRequest page) {
    users.getUser(reader, owner);
    Optional<PlaylistRole> role = reader.userId().filter(owner::equals).map(me -> PlaylistRole.OWNER);
    return PlaylistSupport.views(entries, playlists.findPublicByOwner(owner, page), (Playlist p) -> p, p -> role);
  }
}
