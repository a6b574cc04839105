package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.Violations;
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

  /**
   * Checks the values this change sets, on their own (every invalid one at once), so that a bad
   * body is refused before anything about the playlist is looked at or decided.
   */
  public void check() {
    Violations v = new Violations();
    if (name.isSet()) {
      PlaylistDetails.name(v, name.applyTo(null));
    }
    if (description.isSet()) {
      PlaylistDetails.description(v, description.applyTo(null));
    }
    if (visibility.isSet()) {
      PlaylistDetails.visibility(v, visibility.applyTo(null));
    }
    v.throwIfAny();
  }

  public PlaylistDetails applyTo(PlaylistDetails current) {
    return new PlaylistDetails(name.applyTo(current.name()), description.applyTo(current.description()),
        visibility.applyTo(current.visibility()));
  }
}
