package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;
import java.util.Optional;

/**
 * Create a private playlist from a playlist file ({@code content}: M3U8, XSPF, JSPF or Cadenza's
 * JSON, recognised from the content). {@code name} overrides the name the file gives.
 */
public record ImportPlaylistCommand(Actor actor, byte[] content, Optional<String> name) {
  public ImportPlaylistCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(name, "name");
  }
}
