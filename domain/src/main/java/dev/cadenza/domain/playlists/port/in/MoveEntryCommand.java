package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;
import java.util.OptionalLong;

/** Moves an entry to {@code position} (0..entry count - 1). */
public record MoveEntryCommand(Actor actor, PlaylistId playlist, EntryId entry, OptionalLong expectedVersion,
                               int position) {
  public MoveEntryCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(playlist, "playlist");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
