package dev.cadenza.domain.music.model;

import dev.cadenza.domain.shared.model.Change;
import java.util.Objects;

/**
 * A partial update of a song: each field is kept or set. A full replacement sets every field
 * ({@link #replaceWith}); optional fields left out of a replacement are cleared.
 */
public record SongChanges(Change<String> title, Change<String> performer, Change<String> genre,
                          Change<Integer> year, Change<Integer> durationSeconds, Change<AlbumId> albumId) {

  public SongChanges {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(performer, "performer");
    Objects.requireNonNull(genre, "genre");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(durationSeconds, "durationSeconds");
    Objects.requireNonNull(albumId, "albumId");
  }

  public static SongChanges none() {
    return new SongChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep());
  }

  public static SongChanges replaceWith(String title, String performer, String genre, Integer year,
                                        Integer durationSeconds, AlbumId albumId) {
    return new SongChanges(Change.to(title), Change.to(performer), Change.to(genre), Change.to(year),
        Change.to(durationSeconds), Change.to(albumId));
  }

  public SongDetails applyTo(SongDetails current) {
    return new SongDetails(
        title.applyTo(current.title()),
        performer.applyTo(current.performer()),
        genre.applyTo(current.genre()),
        year.applyTo(current.year()),
        durationSeconds.applyTo(current.durationSeconds()),
        albumId.applyTo(current.albumId()));
  }
}
