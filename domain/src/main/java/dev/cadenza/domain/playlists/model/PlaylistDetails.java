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
    name = name(v, name);
    description = description(v, description);
    visibility(v, visibility);
    v.throwIfAny();
    Objects.requireNonNull(visibility);
  }

  static String name(Violations v, String name) {
    return v.text("name", name, true, PlaylistRules.MAX_NAME);
  }

  static String description(Violations v, String description) {
    return v.prose("description", description, false, PlaylistRules.MAX_DESCRIPTION);
  }

  static void visibility(Violations v, Visibility visibility) {
    v.check(visibility != null, "visibility", "is required (private or public)");
  }
}
