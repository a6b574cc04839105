package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code albums}; its accessors name the statement parameters. */
record AlbumRow(UUID id, String title, String titleFold, String performer, String performerFold, int year,
                String coverKey, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

  static final String COLUMNS =
      "id, title, title_fold, performer, performer_fold, year, cover_key, version, created_at, updated_at";

  static AlbumRow of(Album album) {
    AlbumDetails d = album.details();
    return new AlbumRow(album.id().value(), d.title(), Text.fold(d.title()), d.performer(), Text.fold(d.performer()),
        d.year(), album.coverKey().orElse(null), album.version(),
        Times.toColumn(album.createdAt()), Times.toColumn(album.updatedAt()));
  }

  /** Binds every column to the parameter named like its accessor. */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement.bind("id", id).bind("title", title).bind("titleFold", titleFold)
        .bindByType("performer", performer, String.class).bindByType("performerFold", performerFold, String.class)
        .bind("year", year).bindByType("coverKey", coverKey, String.class).bind("version", version)
        .bind("createdAt", createdAt).bind("updatedAt", updatedAt);
  }

  Album toAlbum() {
    return new Album(new AlbumId(id), new AlbumDetails(title, performer, year), Optional.ofNullable(coverKey),
        version, createdAt.toInstant(), updatedAt.toInstant());
  }
}
