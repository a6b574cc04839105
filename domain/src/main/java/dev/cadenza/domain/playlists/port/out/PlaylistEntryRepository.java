package dev.cadenza.domain.playlists.port.out;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entries of playlists, each at a position; the positions of a playlist are always 0..n-1.
 * Writers hold the playlist's lock ({@link PlaylistRepository#findByIdForUpdate}); the methods keep
 * positions dense by shifting the neighbours of what they change.
 */
public interface PlaylistEntryRepository {

  /**
   * Inserts {@code entries} (whose positions run from {@code position} up, in order) after shifting the
   * playlist's entries at {@code position} or later down by {@code entries.size()}.
   */
  void insert(PlaylistId playlist, int position, List<PlaylistEntry> entries);

  /**
   * Inserts {@code entries} after the last entry: {@code position} is the playlist's entry count, so
   * nothing needs to move. The same as {@link #insert}; an adapter may save the shifting step.
   */
  default void append(PlaylistId playlist, int position, List<PlaylistEntry> entries) {
    insert(playlist, position, entries);
  }

  /** One entry with its song (a plain read: it locks neither the entry nor the song). */
  Optional<EntryView> find(PlaylistId playlist, EntryId entry);

  /** Removes {@code entry} (as found) and moves the entries after it up by one. */
  void remove(PlaylistEntry entry);

  /** Moves {@code entry} (as found) to {@code position}, shifting the entries in between by one. */
  void move(PlaylistEntry entry, int position);

  /**
   * Removes every entry of {@code song} from {@code playlist}, renumbers the rest densely (keeping their
   * order), and returns what was removed, in position order.
   */
  List<PlaylistEntry> removeSong(PlaylistId playlist, SongId song);

  /** The playlists with at least one entry of {@code song}, in id order. */
  List<PlaylistId> findPlaylistsWithSong(SongId song);

  /** One page of a playlist's entries with their songs, in position order. */
  Page<EntryView> findByPlaylist(PlaylistId playlist, PageRequest page);

  /** The total duration of each playlist's songs (unknown durations count 0); every id is in the map. */
  Map<PlaylistId, Long> totalDurations(Collection<PlaylistId> playlists);
}
