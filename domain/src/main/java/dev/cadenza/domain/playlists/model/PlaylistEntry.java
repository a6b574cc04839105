package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a playlist: a song at a position (0-based). The same song may appear in several
 * entries; each is addressed by its own {@link EntryId}.
 */
public record PlaylistEntry(EntryId id, PlaylistId playlistId, SongId songId, int position, UserId addedBy,
                            Instant addedAt) {
  public PlaylistEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(playlistId, "playlistId");
    Objects.requireNonNull(songId, "songId");
    Objects.requireNonNull(addedBy, "addedBy");
    Objects.requireNonNull(addedAt, "addedAt");
    if (position < 0) {
      throw new IllegalArgumentException("positions start at 0");
    }
  }

  public PlaylistEntry at(int newPosition) {
    return new PlaylistEntry(id, playlistId, songId, newPosition, addedBy, addedAt);
  }
}
