package dev.cadenza.domain.music.model;

import dev.cadenza.domain.shared.model.Change;
import java.util.Objects;

/** A partial update of an album; see {@link SongChanges}. */
public record AlbumChanges(Change<String> title, Change<String> performer, Change<Integer> year) {

  public AlbumChanges {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(performer, "performer");
    Objects.requireNonNull(year, "year");
  }

  public static AlbumChanges none() {
    return new AlbumChanges(Change.keep(), Change.keep(), Change.keep());
  }

  public static AlbumChanges replaceWith(String title, String performer, Integer year) {
    return new AlbumChanges(Change.to(title), Change.to(performer), Change.to(year));
  }

  public AlbumDetails applyTo(AlbumDetails current) {
    return new AlbumDetails(title.applyTo(current.title()), performer.applyTo(current.performer()),
        year.applyTo(current.year()));
  }
}
