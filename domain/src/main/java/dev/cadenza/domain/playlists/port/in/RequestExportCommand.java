package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.users.model.Email;
import java.util.Objects;
import java.util.Optional;

/** Export {@code playlist} as a file in {@code format}; also mail it to {@code email} when given. */
public record RequestExportCommand(Actor actor, PlaylistId playlist, PlaylistFileFormat format, Optional<Email> email) {
  public RequestExportCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(playlist, "playlist");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(email, "email");
  }
}
