package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.music.model.SongId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A playlist as written to a file: its name and description, when it was exported, and its songs in
 * playlist order. {@code location} is an absolute URL of the playlist in the service, when known.
 */
public record PlaylistDocument(PlaylistId id, String name, Optional<String> description, String owner,
                               Instant exportedAt, Optional<String> location, List<Track> tracks) {

  public PlaylistDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(exportedAt, "exportedAt");
    Objects.requireNonNull(location, "location");
    tracks = List.copyOf(tracks);
  }

  /** One entry of the playlist, with the song facts a file carries. */
  public record Track(SongId songId, String title, String performer, Optional<String> album,
                      Optional<Integer> durationSeconds) {

    public Track {
      Objects.requireNonNull(songId, "songId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(performer, "performer");
      Objects.requireNonNull(album, "album");
      Objects.requireNonNull(durationSeconds, "durationSeconds");
    }
  }
}
