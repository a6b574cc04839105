package dev.cadenza.domain.playlists.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of a playlist's history: who ({@code actor}: a user id, or {@code system}) did what and
 * when, the song concerned (a snapshot, so the row outlives the song) and the values before and
 * after. Ids are UUIDv7, so they order like {@code at}.
 */
public record PlaylistActivity(UUID id, PlaylistId playlistId, Instant at, String actor, PlaylistAction action,
                               Optional<SongSummary> song, Map<String, Object> before, Map<String, Object> after) {

  public PlaylistActivity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(playlistId, "playlistId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    song = song == null ? Optional.empty() : song;
    before = frozen(before);
    after = frozen(after);
  }

  private static Map<String, Object> frozen(Map<String, Object> values) {
    return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
