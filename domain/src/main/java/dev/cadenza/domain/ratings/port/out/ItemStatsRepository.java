package dev.cadenza.domain.ratings.port.out;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ItemStats;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The figures kept per item (rating count and sum, like count), changed by deltas in the same
 * transaction as the rating or like they reflect, so reads never aggregate the ratings themselves.
 * The catalog orders {@code rating} and {@code likes} read the same figures.
 */
public interface ItemStatsRepository {

  /** The figures of every item asked for; items nothing is known about have zero figures. */
  Map<CatalogItem, ItemStats> find(Collection<CatalogItem> items);

  /** Adds {@code countDelta} ratings and {@code sumDelta} points to the item's rating summary. */
  void adjustRatings(CatalogItem item, long countDelta, long sumDelta);

  /** Adds {@code delta} (+1 or -1) to the item's like count. */
  void adjustLikes(CatalogItem item, long delta);

  /**
   * The best items of a kind, at most {@code limit}. By {@link ChartBy#RATING}: items with at least
   * {@code minimumRatings} ratings, best {@link dev.cadenza.domain.ratings.model.RatingSummary#rankingAverage()}
   * first, then more ratings, then the greater id; by {@link ChartBy#LIKES}: items with at least one
   * like, most first, then the greater id.
   */
  List<ItemStats> top(ItemKind kind, ChartBy by, int minimumRatings, int limit);
}
