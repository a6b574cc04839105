package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;
import java.util.OptionalLong;

public record RemoveEntryCommand(Actor actor, PlaylistId playlist, EntryId entry, OptionalLong expectedVersion) {
  public RemoveEntryCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(playlist, "playlist");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
