package dev.cadenza.domain.music.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A song in the catalog. Immutable: every change returns the next version, which the repository
 * stores only if nobody stored another one in between.
 */
public final class Song {

  private final SongId id;
  private final SongDetails details;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;

  public Song(SongId id, SongDetails details, long version, Instant createdAt, Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.details = Objects.requireNonNull(details, "details");
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    this.version = version;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A new song, at version 1. */
  public static Song create(SongId id, SongDetails details, Instant now) {
    return new Song(id, details, 1, now, now);
  }

  /** The next version with {@code changes} applied; the same song when nothing changes. */
  public Song revise(SongChanges changes, Instant now) {
    SongDetails next = changes.applyTo(details);
    if (next.equals(details)) {
      return this;
    }
    return new Song(id, next, version + 1, createdAt, now);
  }

  public SongId id() {
    return id;
  }

  public SongDetails details() {
    return details;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>(details.describe());
    m.put("version", version);
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Song s && s.id.equals(id) && s.version == version && s.details.equals(details)
        && s.createdAt.equals(createdAt) && s.updatedAt.equals(updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version);
  }

  @Override
  public String toString() {
    return "Song[" + id + " v" + version + " " + details + "]";
  }
}
