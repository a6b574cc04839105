package dev.cadenza.domain.ratings.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How an item is rated: how many ratings and the sum of their scores, from which the average
 * follows. Kept up to date incrementally, never recomputed from the ratings on a read.
 */
public record RatingSummary(long count, long sum) {

  public static final RatingSummary NONE = new RatingSummary(0, 0);

  /** Decimal places of {@link #rankingAverage()}, the value orders and charts compare. */
  public static final int RANKING_SCALE = 4;

  public RatingSummary {
    if (count < 0 || sum < 0 || (count == 0) != (sum == 0)) {
      throw new IllegalArgumentException("not a summary of ratings: count " + count + ", sum " + sum);
    }
  }

  /** The average score rounded to two decimals (half up); empty without ratings. */
  public Optional<BigDecimal> average() {
    return count == 0 ? Optional.empty() : Optional.of(divide(2));
  }

  /** The average at {@link #RANKING_SCALE} decimals (half up), 0 without ratings: the sort key. */
  public BigDecimal rankingAverage() {
    return count == 0 ? BigDecimal.ZERO.setScale(RANKING_SCALE) : divide(RANKING_SCALE);
  }

  public RatingSummary plus(long countDelta, long sumDelta) {
    return new RatingSummary(count + countDelta, sum + sumDelta);
  }

  private BigDecimal divide(int scale) {
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP);
  }
}
