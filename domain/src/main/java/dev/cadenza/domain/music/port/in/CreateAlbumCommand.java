package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;

public record CreateAlbumCommand(Actor actor, AlbumDetails details) {
  public CreateAlbumCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(details, "details");
  }
}
