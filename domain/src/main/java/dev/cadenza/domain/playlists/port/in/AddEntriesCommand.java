package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRules;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Violations;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Adds 1 to {@value PlaylistRules#MAX_SONGS_PER_ADD} songs, in order, at {@code position} (0..entry
 * count) or at the end when it is {@code null}. A song may be given more than once.
 */
public record AddEntriesCommand(Actor actor, PlaylistId playlist, OptionalLong expectedVersion, List<SongId> songIds,
                                Integer position) {
  public AddEntriesCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(playlist, "playlist");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    Violations v = new Violations();
    v.check(songIds != null && !songIds.isEmpty(), "songIds", "must name at least one song");
    v.check(songIds == null || songIds.size() <= PlaylistRules.MAX_SONGS_PER_ADD, "songIds",
        "must name at most " + PlaylistRules.MAX_SONGS_PER_ADD + " songs");
    v.check(songIds == null || songIds.stream().allMatch(Objects::nonNull), "songIds", "must not contain null");
    v.check(position == null || position >= 0, "position", "must not be negative");
    v.throwIfAny();
    songIds = List.copyOf(songIds);
  }
}
