package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongId;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code songs}; its accessors name the statement parameters. */
record SongRow(UUID id, String title, String titleFold, String performer, String performerFold, String genre,
               String genreFold, int year, Integer durationSeconds, UUID albumId, long version,
               OffsetDateTime createdAt, OffsetDateTime updatedAt) {

  static final String COLUMNS = "id, title, title_fold, performer, performer_fold, genre, genre_fold, year,"
      + " duration_seconds, album_id, version, created_at, updated_at";

  static SongRow of(Song song) {
    SongDetails d = song.details();
    return new SongRow(song.id().value(), d.title(), Text.fold(d.title()), d.performer(), Text.fold(d.performer()),
        d.genre(), Text.fold(d.genre()), d.year(), d.durationSeconds(),
        d.albumId() == null ? null : d.albumId().value(), song.version(),
        Times.toColumn(song.createdAt()), Times.toColumn(song.updatedAt()));
  }

  /** Binds every column to the parameter named like its accessor. */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement.bind("id", id).bind("title", title).bind("titleFold", titleFold).bind("performer", performer)
        .bind("performerFold", performerFold).bind("genre", genre).bind("genreFold", genreFold).bind("year", year)
        .bindByType("durationSeconds", durationSeconds, Integer.class).bindByType("albumId", albumId, UUID.class)
        .bind("version", version).bind("createdAt", createdAt).bind("updatedAt", updatedAt);
  }

  Song toSong() {
    return new Song(new SongId(id),
        new SongDetails(title, performer, genre, year, durationSeconds, albumId == null ? null : new AlbumId(albumId)),
        version, createdAt.toInstant(), updatedAt.toInstant());
  }
}
