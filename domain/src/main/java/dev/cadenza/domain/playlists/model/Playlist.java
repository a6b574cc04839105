package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A playlist: its owner, details and how many entries it holds. Immutable and versioned: every
 * change (details, entries, collaborators) returns the next version, which the repository stores only
 * over the version before it. The entries themselves live in their own repository; this aggregate
 * keeps their count, which decides the valid positions (always dense: 0..entryCount-1).
 */
public final class Playlist {

  private final PlaylistId id;
  private final UserId owner;
  private final PlaylistDetails details;
  private final int entryCount;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;

  public Playlist(PlaylistId id, UserId owner, PlaylistDetails details, int entryCount, long version,
                  Instant createdAt, Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.details = Objects.requireNonNull(details, "details");
    if (entryCount < 0) {
      throw new IllegalArgumentException("entryCount must not be negative");
    }
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    this.entryCount = entryCount;
    this.version = version;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A new, empty playlist at version 1. */
  public static Playlist create(PlaylistId id, UserId owner, PlaylistDetails details, Instant now) {
    return new Playlist(id, owner, details, 0, 1, now, now);
  }

  private Playlist next(PlaylistDetails nextDetails, int nextCount, Instant now) {
    return new Playlist(id, owner, nextDetails, nextCount, version + 1, createdAt, now);
  }

  /** The next version with {@code changes} applied; this playlist when nothing changes. */
  public Playlist revise(PlaylistChanges changes, Instant now) {
    PlaylistDetails nextDetails = changes.applyTo(details);
    return nextDetails.equals(details) ? this : next(nextDetails, entryCount, now);
  }

  /**
   * Where {@code adding} entries go: at {@code requested} (0..entryCount) or, when {@code null}, at the
   * end. Refuses positions out of range and adds that would take the playlist over
   * {@link PlaylistRules#MAX_ENTRIES}.
   */
  public int insertionPosition(Integer requested, int adding) {
    if (requested != null && (requested < 0 || requested > entryCount)) {
      throw ValidationException.of("position", "must be between 0 and " + entryCount + " (the entry count)");
    }
    if ((long) entryCount + adding > PlaylistRules.MAX_ENTRIES) {
      throw ValidationException.of("songIds", "a playlist holds at most " + PlaylistRules.MAX_ENTRIES
          + " entries; this one has " + entryCount);
    }
    return requested == null ? entryCount : requested;
  }

  /** Checks that an entry may move to {@code position}: 0..entryCount-1. */
  public void checkMoveTarget(int position) {
    if (position < 0 || position >= entryCount) {
      throw ValidationException.of("position", "must be between 0 and " + (entryCount - 1));
    }
  }

  /** The next version, holding {@code count} more entries. */
  public Playlist withEntriesAdded(int count, Instant now) {
    return next(details, entryCount + count, now);
  }

  /** The next version, holding {@code count} fewer entries. */
  public Playlist withEntriesRemoved(int count, Instant now) {
    if (count > entryCount) {
      throw new IllegalArgumentException("cannot remove " + count + " of " + entryCount + " entries");
    }
    return next(details, entryCount - count, now);
  }

  /** The next version after an entry moved. */
  public Playlist withEntryMoved(Instant now) {
    return next(details, entryCount, now);
  }

  /** The next version after its collaborators changed. */
  public Playlist withCollaboratorsChanged(Instant now) {
    return next(details, entryCount, now);
  }

  public boolean isOwnedBy(UserId user) {
    return owner.equals(user);
  }

  public boolean isPublic() {
    return details.visibility() == Visibility.PUBLIC;
  }

  public PlaylistId id() {
    return id;
  }

  public UserId owner() {
    return owner;
  }

  public PlaylistDetails details() {
    return details;
  }

  public int entryCount() {
    return entryCount;
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

  /** The values as the audit trail records them. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("owner", owner.toString());
    m.put("name", details.name());
    m.put("description", details.description());
    m.put("visibility", details.visibility().wireName());
    m.put("entryCount", entryCount);
    m.put("version", version);
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Playlist p && p.id.equals(id) && p.version == version && p.owner.equals(owner)
        && p.details.equals(details) && p.entryCount == entryCount && p.createdAt.equals(createdAt)
        && p.updatedAt.equals(updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version);
  }

  @Override
  public String toString() {
    return "Playlist[" + id + " v" + version + " " + details.name() + ", " + entryCount + " entries]";
  }
}
