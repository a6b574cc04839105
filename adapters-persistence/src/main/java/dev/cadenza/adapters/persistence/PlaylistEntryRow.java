package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.shared.model.UserId;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One row of {@code playlist_entries}, with its song's title, performer and duration when the query
 * joined {@code songs} ({@link #VIEW_COLUMNS}); otherwise those are {@code null}.
 */
record PlaylistEntryRow(UUID id, UUID playlistId, int position, UUID songId, UUID addedBy, OffsetDateTime addedAt,
                        String songTitle, String songPerformer, Integer songDurationSeconds) {

  static final String COLUMNS = "id, playlist_id, position, song_id, added_by, added_at";
  static final String VIEW_COLUMNS = "e.id, e.playlist_id, e.position, e.song_id, e.added_by, e.added_at,"
      + " s.title AS song_title, s.performer AS song_performer, s.duration_seconds AS song_duration_seconds";
  static final String VIEW_FROM = " FROM playlist_entries e JOIN songs s ON s.id = e.song_id";

  PlaylistEntry toEntry() {
    return new PlaylistEntry(new EntryId(id), new PlaylistId(playlistId), new SongId(songId), position,
        new UserId(addedBy), addedAt.toInstant());
  }

  EntryView toView() {
    return new EntryView(toEntry(), new SongSummary(new SongId(songId), songTitle, songPerformer, songDurationSeconds));
  }
}
