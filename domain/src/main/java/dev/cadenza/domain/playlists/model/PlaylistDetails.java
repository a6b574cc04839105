package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.Violations;
import java.util.Objects;

/**
 * What a playlist says about itself. Text is trimmed; a blank description is none. Every invalid
 * value is reported at once.
 *
 * @param description optional
 */
public record PlaylistDetails(String name, String description, Visibility visibility) {

  public PlaylistDetails {
    Violations v = new Violations();
    name = v.text("name", name, true, PlaylistRules.MAX_NAME);
    description = v.text("description", description, false, PlaylistRules.MAX_DESCRIPTION);
    v.check(visibility != null, "visibility", "is required (private or public)");
    v.throwIfAny();
    Objects.requireNonNull(visibility);
  }
}
