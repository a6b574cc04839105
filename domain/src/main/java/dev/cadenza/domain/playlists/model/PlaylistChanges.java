package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.Change;
import java.util.Objects;

/** A partial update of a playlist's name, description and visibility; each is kept or set. */
public record PlaylistChanges(Change<String> name, Change<String> description, Change<Visibility> visibility) {

  public PlaylistChanges {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(visibility, "visibility");
  }

  public static PlaylistChanges none() {
    return new PlaylistChanges(Change.keep(), Change.keep(), Change.keep());
  }

  public PlaylistDetails applyTo(PlaylistDetails current) {
    return new PlaylistDetails(name.applyTo(current.name()), description.applyTo(current.description()),
        visibility.applyTo(current.visibility()));
  }
}
