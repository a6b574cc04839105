package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySong;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.shared.model.UserId;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of {@code library_songs}, with its song's title, performer and duration when the query
 * joined {@code songs} ({@link #VIEW_COLUMNS}).
 */
record LibrarySongRow(UUID userId, UUID songId, OffsetDateTime addedAt, OffsetDateTime listenedAt, String songTitle,
                      String songPerformer, Integer songDurationSeconds) {

  static final String COLUMNS = "user_id, song_id, added_at, listened_at";
  static final String VIEW_COLUMNS = "l.user_id, l.song_id, l.added_at, l.listened_at, s.title AS song_title,"
      + " s.performer AS song_performer, s.duration_seconds AS song_duration_seconds";

  LibrarySong toSong() {
    return new LibrarySong(new UserId(userId), new SongId(songId), addedAt.toInstant(),
        Optional.ofNullable(listenedAt).map(OffsetDateTime::toInstant));
  }

  LibrarySongView toView() {
    return new LibrarySongView(toSong(), new SongSummary(new SongId(songId), songTitle, songPerformer,
        songDurationSeconds));
  }
}
