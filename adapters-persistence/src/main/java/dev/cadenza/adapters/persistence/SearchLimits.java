package dev.cadenza.adapters.persistence;

import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;
import org.jdbi.v3.core.statement.Query;

/**
 * How long a catalog search (a page of songs or albums, or its total) may run before PostgreSQL
 * cancels it (SQLSTATE {@code 57014}). A substring filter of fewer than three characters cannot use
 * the trigram indexes, so on a large catalog a rare one reads the whole table; the limit keeps such
 * searches from holding pooled connections for seconds each. Set it once on the {@link Jdbi} the
 * repositories are made with ({@link #set}); every handle copies it. Default {@link #DEFAULT}.
 */
public final class SearchLimits implements JdbiConfig<SearchLimits> {

  /** The limit unless {@link #set} gives another. */
  public static final Duration DEFAULT = Duration.ofSeconds(5);

  private int timeoutSeconds;

  public SearchLimits() {
    this.timeoutSeconds = seconds(DEFAULT);
  }

  private SearchLimits(SearchLimits other) {
    this.timeoutSeconds = other.timeoutSeconds;
  }

  /**
   * Limits the catalog searches on {@code jdbi} to {@code timeout}, rounded up to whole seconds (the
   * JDBC statement timeout's unit); zero means no limit.
   */
  public static Jdbi set(Jdbi jdbi, Duration timeout) {
    jdbi.getConfig(SearchLimits.class).timeoutSeconds = seconds(timeout);
    return jdbi;
  }

  /** {@code query}, with the search time limit of its handle's configuration. */
  static Query limited(Query query) {
    int seconds = query.getConfig(SearchLimits.class).timeoutSeconds;
    return seconds > 0 ? query.setQueryTimeout(seconds) : query;
  }

  private static int seconds(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("a search time limit cannot be negative: " + timeout);
    }
    long whole = timeout.toSeconds() + (timeout.toNanosPart() > 0 ? 1 : 0);
    return (int) Math.min(Integer.MAX_VALUE, whole);
  }

  @Override
  public SearchLimits createCopy() {
    return new SearchLimits(this);
  }
}
