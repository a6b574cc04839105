package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.PlaylistMembership;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.playlists.port.in.ListMyPlaylistsUseCase;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Optional;

public final class ListMyPlaylistsService implements ListMyPlaylistsUseCase {

  private final PlaylistRepository playlists;
  private final PlaylistEntryRepository entries;

  public ListMyPlaylistsService(PlaylistRepository playlists, PlaylistEntryRepository entries) {
    this.playlists = playlists;
    this.entries = entries;
  }

  @Override
  public Page<PlaylistView> listMyPlaylists(Actor caller, PageRequest page) {
    UserId me = Access.requireUser(caller);
    return PlaylistSupport.views(entries, playlists.findByMember(me, page), PlaylistMembership::playlist,
        m -> Optional.of(m.role()));
  }
}
