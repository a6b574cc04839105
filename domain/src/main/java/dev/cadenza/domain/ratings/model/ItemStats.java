package dev.cadenza.domain.ratings.model;

import java.util.Objects;

/** The figures kept per catalog item: its rating summary and how many users like it. */
public record ItemStats(CatalogItem item, RatingSummary rating, long likes) {

  public ItemStats {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(rating, "rating");
    if (likes < 0) {
      throw new IllegalArgumentException("likes must not be negative");
    }
  }

  /** An item nobody rated or liked yet. */
  public static ItemStats none(CatalogItem item) {
    return new ItemStats(item, RatingSummary.NONE, 0);
  }
}
