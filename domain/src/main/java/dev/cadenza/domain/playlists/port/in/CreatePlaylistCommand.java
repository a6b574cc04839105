package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;

/** A new playlist owned by the actor. */
public record CreatePlaylistCommand(Actor actor, PlaylistDetails details) {
  public CreatePlaylistCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(details, "details");
  }
}
