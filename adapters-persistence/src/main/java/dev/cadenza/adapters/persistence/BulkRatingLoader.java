package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.shared.model.Uuids;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Adds synthetic ratings and likes to the catalog already stored, for the {@code seed} command and
 * benchmarks: popular items get many (a skewed pick), each item has a quality its scores scatter
 * around, authors are drawn from a pool of synthetic user ids (one rating and one like per author
 * and item at most). Rows go in through {@code COPY} in batches; the stats rows are then set from
 * the ratings and likes in one statement per table (a bulk load is the one place that aggregates),
 * and the tables are vacuumed and analyzed.
 */
public final class BulkRatingLoader {

  /** Distinct synthetic authors: also the most ratings (or likes) one item can get. */
  static final int AUTHORS = 20_000;

  private static final long LOAD_SPREAD = 0x9E3779B97F4A7C15L;

  private final Jdbi jdbi;
  private final Clock clock;
  private final long seed;
  private final AtomicLong loads = new AtomicLong();

  public BulkRatingLoader(Jdbi jdbi, Clock clock) {
    this(jdbi, clock, new Random().nextLong());
  }

  public BulkRatingLoader(Jdbi jdbi, Clock clock, long seed) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.seed = seed;
  }

  /** What a load wrote and how long it took. */
  public record Result(long songRatings, long albumRatings, long songLikes, Duration took) {
  }

  /**
   * Adds about {@code songRatings} song ratings, {@code albumRatings} album ratings and
   * {@code songLikes} song likes (fewer when items run out of distinct authors). {@code progress}
   * hears the rows committed so far after each batch.
   */
  public Result load(long songRatings, long albumRatings, long songLikes, LongConsumer progress) {
    if (songRatings < 0 || albumRatings < 0 || songLikes < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    long started = System.nanoTime();
    // each load of this loader draws its own authors, so a second load adds to the first rather
    // than colliding with it (one rating per author and item)
    Random random = new Random(seed + LOAD_SPREAD * loads.getAndIncrement());
    UUID[] authors = new UUID[AUTHORS];
    for (int i = 0; i < AUTHORS; i++) {
      authors[i] = new UUID(random.nextLong(), random.nextLong());
    }
    long[] written = new long[3];
    try (Handle handle = jdbi.open()) {
      Connection connection = handle.getConnection();
      connection.setAutoCommit(true);
      UUID[] songs = ids(handle, "songs");
      UUID[] albums = ids(handle, "albums");
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET synchronous_commit = off");
        try {
          CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
          long[] done = {0};
          LongConsumer counting = n -> progress.accept(done[0] += n);
          written[0] = ratings(copy, ItemKind.SONG, songs, songRatings, authors, random, counting);
          written[1] = ratings(copy, ItemKind.ALBUM, albums, albumRatings, authors, random, counting);
          written[2] = likes(copy, songs, songLikes, authors, random, counting);
          for (ItemKind kind : ItemKind.values()) {
            statement.execute(recountSql(kind));
          }
        } finally {
          statement.execute("RESET synchronous_commit");
        }
        statement.execute("VACUUM (ANALYZE) song_ratings, album_ratings, song_likes, song_stats, album_stats");
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("bulk load of ratings failed: " + e.getMessage(), e);
    }
    return new Result(written[0], written[1], written[2], Duration.ofNanos(System.nanoTime() - started));
  }

  private static UUID[] ids(Handle handle, String table) {
    List<UUID> ids = handle.createQuery("SELECT id FROM " + table + " ORDER BY id").mapTo(UUID.class).list();
    return ids.toArray(UUID[]::new);
  }

  /** Sets every stats row of a kind from its ratings and likes. */
  static String recountSql(ItemKind kind) {
    String stats = ItemTables.stats(kind);
    return "UPDATE " + stats + " s SET rating_count = coalesce(r.n, 0), rating_sum = coalesce(r.total, 0),"
        + " like_count = coalesce(l.n, 0)"
        + " FROM " + stats + " x"
        + " LEFT JOIN (SELECT item_id, count(*) AS n, sum(score) AS total FROM " + ItemTables.ratings(kind)
        + " GROUP BY item_id) r ON r.item_id = x.item_id"
        + " LEFT JOIN (SELECT item_id, count(*) AS n FROM " + ItemTables.likes(kind)
        + " GROUP BY item_id) l ON l.item_id = x.item_id"
        + " WHERE s.item_id = x.item_id"
        + " AND (s.rating_count, s.rating_sum, s.like_count) IS DISTINCT FROM (coalesce(r.n, 0), coalesce(r.total, 0), coalesce(l.n, 0))";
  }

  /** An index into {@code n} items, skewed towards the first ones (popular items). */
  private static int pick(Random random, int n) {
    double u = random.nextDouble();
    return (int) Math.min(n - 1, (long) (n * u * u));
  }

  private long ratings(CopyManager copy, ItemKind kind, UUID[] items, long count, UUID[] authors, Random random,
                       LongConsumer progress) throws SQLException, IOException {
    if (items.length == 0 || count == 0) {
      return 0;
    }
    int[] used = new int[items.length];
    double[] quality = new double[items.length];
    for (int i = 0; i < items.length; i++) {
      quality[i] = 3 + random.nextDouble() * 6.5;
    }
    BulkCatalogLoader.CopyBatch batch = new BulkCatalogLoader.CopyBatch(ItemTables.ratings(kind), RatingRow.COLUMNS);
    Instant first = clock.instant().minusMillis(count);
    long written = 0;
    for (long i = 0; i < count; i++) {
      int item = pick(random, items.length);
      if (used[item] >= authors.length) {
        continue;
      }
      UUID author = authors[used[item]++];
      int score = (int) Math.max(1, Math.min(10, Math.round(quality[item] + random.nextGaussian() * 1.5)));
      Instant at = first.plusMillis(i);
      String time = Times.toColumn(at).toString();
      batch.add(new Object[] {Uuids.v7(Clock.fixed(at, ZoneOffset.UTC)), items[item], author, score, null, 1,
          time, time});
      if (batch.size() == BulkCatalogLoader.BATCH) {
        long n = batch.copyTo(copy);
        written += n;
        progress.accept(n);
      }
    }
    if (batch.size() > 0) {
      long n = batch.copyTo(copy);
      written += n;
      progress.accept(n);
    }
    return written;
  }

  private long likes(CopyManager copy, UUID[] songs, long count, UUID[] authors, Random random,
                     LongConsumer progress) throws SQLException, IOException {
    if (songs.length == 0 || count == 0) {
      return 0;
    }
    int[] used = new int[songs.length];
    BulkCatalogLoader.CopyBatch batch = new BulkCatalogLoader.CopyBatch("song_likes", "item_id, user_id, created_at");
    String time = Times.toColumn(clock.instant()).toString();
    long written = 0;
    for (long i = 0; i < count; i++) {
      int song = pick(random, songs.length);
      if (used[song] >= authors.length) {
        continue;
      }
      batch.add(new Object[] {songs[song], authors[used[song]++], time});
      if (batch.size() == BulkCatalogLoader.BATCH) {
        long n = batch.copyTo(copy);
        written += n;
        progress.accept(n);
      }
    }
    if (batch.size() > 0) {
      long n = batch.copyTo(copy);
      written += n;
      progress.accept(n);
    }
    return written;
  }
}
