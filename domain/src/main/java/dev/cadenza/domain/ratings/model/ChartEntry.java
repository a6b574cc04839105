package dev.cadenza.domain.ratings.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One rank of a chart: the item, what the catalog calls it (title and performer, the latter empty
 * for albums without one) and the figures behind the rank.
 */
public record ChartEntry(int rank, ItemStats stats, String title, String performer) {

  public ChartEntry {
    if (rank < 1) {
      throw new IllegalArgumentException("ranks start at 1");
    }
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(title, "title");
  }

  public CatalogItem item() {
    return stats.item();
  }

  /** The value the rank is based on: the average score (two decimals) or the number of likes. */
  public BigDecimal score(ChartBy by) {
    return switch (by) {
      case RATING -> stats.rating().average().orElse(BigDecimal.ZERO);
      case LIKES -> BigDecimal.valueOf(stats.likes());
    };
  }
}
