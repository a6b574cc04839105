package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;

public record CreateSongCommand(Actor actor, SongDetails details) {
  public CreateSongCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(details, "details");
  }
}
