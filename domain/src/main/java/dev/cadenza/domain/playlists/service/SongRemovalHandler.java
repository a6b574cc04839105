package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.port.out.SongRemovalListener;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The playlists context's side of a song deletion (the music context's {@link SongRemovalListener}),
 * inside the deleting transaction: every playlist holding the song loses those entries (positions
 * stay dense), goes to its next version and records a {@code song-deleted} row per entry in its
 * history; and the song leaves every library. The song is locked by then, so no new entry of it
 * can appear; playlists are locked in id order, so two deletions never deadlock.
 */
public final class SongRemovalHandler implements SongRemovalListener {

  private final PlaylistRepository playlists;
  private final PlaylistEntryRepository entries;
  private final PlaylistActivityLog activity;
  private final LibraryRepository library;
  private final Clock clock;

  public SongRemovalHandler(PlaylistRepository playlists, PlaylistEntryRepository entries,
                            PlaylistActivityLog activity, LibraryRepository library, Clock clock) {
    this.playlists = playlists;
    this.entries = entries;
    this.activity = activity;
    this.library = library;
    this.clock = clock;
  }

  @Override
  public void songRemoved(Song song, Actor actor, Instant at) {
    SongDetails d = song.details();
    SongSummary summary = new SongSummary(song.id(), d.title(), d.performer(), d.durationSeconds());
    for (PlaylistId id : entries.findPlaylistsWithSong(song.id())) {
      Optional<Playlist> locked = playlists.findByIdForUpdate(id);
      if (locked.isEmpty()) {
        continue;
      }
      List<PlaylistEntry> removed = entries.removeSong(id, song.id());
      if (removed.isEmpty()) {
        continue;
      }
      Instant now = PlaylistSupport.now(clock);
      playlists.update(locked.get().withEntriesRemoved(removed.size(), now));
      // Each row names the position its entry had when the rows before it were applied, as a remove
      // row does: replaying the history row by row ends with the entries that are left.
      for (int i = 0; i < removed.size(); i++) {
        PlaylistEntry entry = removed.get(i);
        activity.record(PlaylistSupport.activity(clock, id, now, actor, PlaylistAction.SONG_DELETED, summary,
            AddEntriesService.describe(entry.id(), entry.position() - i), Map.of()));
      }
    }
    library.removeSong(song.id());
  }
}
