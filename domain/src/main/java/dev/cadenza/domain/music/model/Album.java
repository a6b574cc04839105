package dev.cadenza.domain.music.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An album. The cover is a reference to an object in blob storage ({@code coverKey}), empty until
 * one is uploaded. Immutable, versioned like {@link Song}.
 */
public final class Album {

  private final AlbumId id;
  private final AlbumDetails details;
  private final Optional<String> coverKey;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;

  public Album(AlbumId id, AlbumDetails details, Optional<String> coverKey, long version,
               Instant createdAt, Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.details = Objects.requireNonNull(details, "details");
    this.coverKey = Objects.requireNonNull(coverKey, "coverKey");
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    this.version = version;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public static Album create(AlbumId id, AlbumDetails details, Instant now) {
    return new Album(id, details, Optional.empty(), 1, now, now);
  }

  public Album revise(AlbumChanges changes, Instant now) {
    AlbumDetails next = changes.applyTo(details);
    if (next.equals(details)) {
      return this;
    }
    return new Album(id, next, coverKey, version + 1, createdAt, now);
  }

  /**
   * The next version with the cover stored under {@code key}; this same album when that is its cover
   * already (nothing changes).
   */
  public Album withCover(String key, Instant now) {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("a cover key must not be blank");
    }
    if (coverKey.filter(key::equals).isPresent()) {
      return this;
    }
    return new Album(id, details, Optional.of(key), version + 1, createdAt, now);
  }

  /** The next version without a cover; this same album when it has none (nothing changes). */
  public Album withoutCover(Instant now) {
    if (coverKey.isEmpty()) {
      return this;
    }
    return new Album(id, details, Optional.empty(), version + 1, createdAt, now);
  }

  public AlbumId id() {
    return id;
  }

  public AlbumDetails details() {
    return details;
  }

  public Optional<String> coverKey() {
    return coverKey;
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
    m.put("coverKey", coverKey.orElse(null));
    m.put("version", version);
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Album a && a.id.equals(id) && a.version == version && a.details.equals(details)
        && a.coverKey.equals(coverKey) && a.createdAt.equals(createdAt) && a.updatedAt.equals(updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version);
  }

  @Override
  public String toString() {
    return "Album[" + id + " v" + version + " " + details + "]";
  }
}
