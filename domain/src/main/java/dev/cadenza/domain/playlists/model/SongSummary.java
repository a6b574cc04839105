package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.music.model.SongId;
import java.util.Objects;

/**
 * What playlists and libraries show of a song.
 *
 * @param durationSeconds {@code null} when the catalog does not know it
 */
public record SongSummary(SongId id, String title, String performer, Integer durationSeconds) {
  public SongSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(performer, "performer");
  }
}
