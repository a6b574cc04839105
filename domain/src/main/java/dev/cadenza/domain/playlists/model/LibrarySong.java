package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A song a user saved to their library, and whether (and when last) they marked it listened. */
public record LibrarySong(UserId userId, SongId songId, Instant addedAt, Optional<Instant> listenedAt) {

  public LibrarySong {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(songId, "songId");
    Objects.requireNonNull(addedAt, "addedAt");
    listenedAt = listenedAt == null ? Optional.empty() : listenedAt;
  }

  public static LibrarySong saved(UserId user, SongId song, Instant now) {
    return new LibrarySong(user, song, now, Optional.empty());
  }

  public boolean listened() {
    return listenedAt.isPresent();
  }

  /** Marked listened at {@code now}, or not listened. */
  public LibrarySong withListened(boolean listened, Instant now) {
    return new LibrarySong(userId, songId, addedAt, listened ? Optional.of(now) : Optional.empty());
  }
}
