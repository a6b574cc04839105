package dev.cadenza.domain.ratings.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An item's figures as one caller sees them: the rating summary, the like count and, for a
 * signed-in caller, whether they like it (empty for anonymous callers).
 */
public record Engagement(ItemStats stats, Optional<Boolean> likedByMe) {

  public Engagement {
    Objects.requireNonNull(stats, "stats");
    likedByMe = likedByMe == null ? Optional.empty() : likedByMe;
  }

  public CatalogItem item() {
    return stats.item();
  }

  public RatingSummary rating() {
    return stats.rating();
  }

  public long likes() {
    return stats.likes();
  }
}
