package dev.cadenza.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code playlist_activity}, with {@code before} and {@code after} as JSON text. */
record PlaylistActivityRow(UUID id, UUID playlistId, OffsetDateTime at, String actor, String action, UUID songId,
                           String songTitle, String songPerformer, Integer songDurationSeconds, String before,
                           String after) {

  static final String COLUMNS = "id, playlist_id, at, actor, action, song_id, song_title, song_performer,"
      + " song_duration_seconds, before, after";

  /** Binds every column to the parameter named like its accessor. */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement.bind("id", id).bind("playlistId", playlistId).bind("at", at).bind("actor", actor)
        .bind("action", action).bindByType("songId", songId, UUID.class)
        .bindByType("songTitle", songTitle, String.class).bindByType("songPerformer", songPerformer, String.class)
        .bindByType("songDurationSeconds", songDurationSeconds, Integer.class).bind("before", before)
        .bind("after", after);
  }
}
