package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;

/** A playlist's entries in order, for its readers (see {@link GetPlaylistUseCase}). */
public interface ListEntriesUseCase {
  Page<EntryView> listEntries(Actor reader, PlaylistId playlist, PageRequest page);

  /** One entry, for the playlist's readers; not found when the playlist has no such entry. */
  EntryView getEntry(Actor reader, PlaylistId playlist, EntryId entry);
}
