package dev.cadenza.domain.ratings.model;

import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One user's rating of one song or album. Immutable and versioned: {@link #revise} returns the next
 * version. A user has at most one rating per item.
 */
public final class Rating {

  private final RatingId id;
  private final CatalogItem item;
  private final UserId author;
  private final RatingDetails details;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;

  public Rating(RatingId id, CatalogItem item, UserId author, RatingDetails details, long version,
                Instant createdAt, Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.item = Objects.requireNonNull(item, "item");
    this.author = Objects.requireNonNull(author, "author");
    this.details = Objects.requireNonNull(details, "details");
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    this.version = version;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public static Rating create(RatingId id, CatalogItem item, UserId author, RatingDetails details, Instant now) {
    return new Rating(id, item, author, details, 1, now, now);
  }

  /** The next version with {@code changes} applied; this rating when nothing changes. */
  public Rating revise(RatingChanges changes, Instant now) {
    RatingDetails next = changes.applyTo(details);
    if (next.equals(details)) {
      return this;
    }
    return new Rating(id, item, author, next, version + 1, createdAt, now);
  }

  public boolean isBy(UserId user) {
    return author.equals(user);
  }

  public RatingId id() {
    return id;
  }

  public CatalogItem item() {
    return item;
  }

  public UserId author() {
    return author;
  }

  public RatingDetails details() {
    return details;
  }

  public Score score() {
    return details.score();
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

  @Override
  public boolean equals(Object o) {
    return o instanceof Rating r && r.id.equals(id) && r.version == version && r.item.equals(item)
        && r.author.equals(author) && r.details.equals(details) && r.createdAt.equals(createdAt)
        && r.updatedAt.equals(updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version);
  }

  @Override
  public String toString() {
    return "Rating[" + id + " v" + version + " " + item + " by " + author + " " + details + "]";
  }
}
