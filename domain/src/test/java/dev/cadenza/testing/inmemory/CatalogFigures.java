package dev.cadenza.testing.inmemory;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The figures behind the catalog orders {@code rating} and {@code likes}, as the in-memory song and
 * album fakes read them ({@link InMemoryItemStatsRepository#figures}). Without any, every item
 * counts as unrated and unliked.
 */
public interface CatalogFigures {

  /** The average at four decimals, 0 when unrated. */
  BigDecimal rankingAverage(UUID id);

  long ratingCount(UUID id);

  long likes(UUID id);

  CatalogFigures NONE = new CatalogFigures() {
    @Override
    public BigDecimal rankingAverage(UUID id) {
      return new BigDecimal("0.0000");
    }

    @Override
    public long ratingCount(UUID id) {
      return 0;
    }

    @Override
    public long likes(UUID id) {
      return 0;
    }
  };
}
