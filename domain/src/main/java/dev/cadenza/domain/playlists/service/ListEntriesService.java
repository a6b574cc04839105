package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.port.in.ListEntriesUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.Objects;

public final class ListEntriesService implements ListEntriesUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final PlaylistEntryRepository entries;
  private final PlaylistPrivacy privacy;

  public ListEntriesService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                            PlaylistEntryRepository entries) {
    this(playlists, collaborators, entries, PlaylistPrivacy.HIDDEN);
  }

  /** With {@code privacy}: what a private playlist shows to those who may not read it. */
  public ListEntriesService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                            PlaylistEntryRepository entries,
                            PlaylistPrivacy privacy) {
    this.playlists = playlists;
    this.collaborators = collaborators;
    this.entries = entries;
    this.privacy = Objects.requireNonNull(privacy, "privacy");
  }

  @Override
  public Page<EntryView> listEntries(Actor reader, PlaylistId id, PageRequest page) {
    Playlist playlist = PlaylistSupport.find(playlists, id);
    PlaylistAccess.of(reader, playlist, collaborators, privacy).requireReader();
    return entries.findByPlaylist(id, page);
  }

  @Override
  public EntryView getEntry(Actor reader, PlaylistId id, EntryId entry) {
    Playlist playlist = PlaylistSupport.find(playlists, id);
    PlaylistAccess.of(reader, playlist, collaborators, privacy).requireReader();
    return entries.find(id, entry)
        .orElseThrow(() -> new NotFoundException(PlaylistSupport.ENTRY, entry.toString()));
  }
}
