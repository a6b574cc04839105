package dev.cadenza.adapters.persistence;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.DuplicateRatingException;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingDetails;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.ratings.model.RatingSummary;
import dev.cadenza.domain.ratings.model.Score;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.testing.contract.AbstractItemStatsRepositoryContract;
import dev.cadenza.testing.contract.AbstractLikeRepositoryContract;
import dev.cadenza.testing.contract.AbstractRatingRepositoryContract;
import dev.cadenza.testing.contract.RatingStores;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The ratings context's JDBI adapters: the port contracts, and what only a real database shows. */
class JdbiRatingStoresTest {

  /** Not an extension: its after-all would run after the first nested class and drop the schema. */
  static final TestDatabase DB = TestDatabase.create();

  @AfterAll
  static void dropSchema() {
    DB.close();
  }

  static RatingStores stores() {
    // CASCADE: empties every table that refers to the catalog (ratings, likes, stats, and others').
    DB.jdbi().useHandle(h -> h.execute("TRUNCATE songs, albums CASCADE"));
    Jdbi jdbi = DB.jdbi();
    return new RatingStores(new JdbiSongRepository(jdbi), new JdbiAlbumRepository(jdbi), new JdbiRatingRepository(jdbi),
        new JdbiLikeRepository(jdbi), new JdbiItemStatsRepository(jdbi), new JdbiTransactionRunner(jdbi));
  }

  @Nested
  class Ratings extends AbstractRatingRepositoryContract {
    @Override
    protected RatingStores newStores() {
      return stores();
    }
  }

  @Nested
  class Likes extends AbstractLikeRepositoryContract {
    @Override
    protected RatingStores newStores() {
      return stores();
    }
  }

  @Nested
  class Stats extends AbstractItemStatsRepositoryContract {
    @Override
    protected RatingStores newStores() {
      return stores();
    }
  }

  private RatingStores s;

  @BeforeEach
  void fresh() {
    s = stores();
  }

  private CatalogItem song() {
    Song song = aSong().id(SongId.generate(Clock.systemUTC())).build();
    s.tx().inTransaction(() -> s.songs().add(song));
    return CatalogItem.song(song.id());
  }

  private static Rating rating(CatalogItem item, UserId author, int score) {
    return Rating.create(RatingId.generate(Clock.systemUTC()), item, author, new RatingDetails(new Score(score), null),
        Instant.parse("2026-06-01T00:00:00Z"));
  }

  @Test
  void concurrentDuplicateRatingsLeaveExactlyOneAndTheOtherNamesIt() throws Exception {
    CatalogItem item = song();
    UserId author = new UserId(UUID.randomUUID());
    int racers = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    List<Future<Object>> results = new ArrayList<>();
    try {
      for (int i = 0; i < racers; i++) {
        int score = i + 1;
        Callable<Object> race = () -> {
          start.await();
          try {
            return s.tx().inTransaction(() -> {
              Rating r = rating(item, author, score);
              s.ratings().add(r);
              s.stats().adjustRatings(item, 1, score);
              return r;
            });
          } catch (DuplicateRatingException e) {
            return e;
          }
        };
        results.add(pool.submit(race));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> f : results) {
        outcomes.add(f.get());
      }
      List<Rating> won = outcomes.stream().filter(Rating.class::isInstance).map(Rating.class::cast).toList();
      assertThat(won).hasSize(1);
      assertThat(outcomes).filteredOn(DuplicateRatingException.class::isInstance).hasSize(racers - 1)
          .allSatisfy(e -> assertThat(((DuplicateRatingException) e).existing()).isEqualTo(won.get(0).id()));
      assertThat(s.stats().find(List.of(item)).get(item).rating())
          .isEqualTo(new RatingSummary(1, won.get(0).score().value()));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * An author rating and taking the rating back in a loop, from several threads: an insert that loses
   * to a rating deleted again before the loser looks it up tries again instead of failing with the
   * raw unique violation. (A race, so not every run takes that path; runs of the code before the fix
   * failed here with the constraint's exception.)
   */
  @Test
  void aDuplicateWhoseWinnerIsDeletedMeanwhileIsStoredOrNamedNeverAnError() throws Exception {
    CatalogItem item = song();
    UserId author = new UserId(UUID.randomUUID());
    int racers = 4;
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(3);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    List<Future<int[]>> results = new ArrayList<>();
    try {
      for (int i = 0; i < racers; i++) {
        results.add(pool.submit(() -> {
          int stored = 0;
          int named = 0;
          while (System.nanoTime() < until) {
            Rating r = rating(item, author, 5);
            try {
              s.tx().inTransaction(() -> {
                s.ratings().add(r);
                s.stats().adjustRatings(item, 1, 5);
              });
              stored++;
              s.tx().inTransaction(() -> {
                if (s.ratings().remove(item, r.id())) {
                  s.stats().adjustRatings(item, -1, -5);
                }
              });
            } catch (DuplicateRatingException e) {
              named++;
            }
          }
          return new int[] {stored, named};
        }));
      }
      int stored = 0;
      int named = 0;
      for (Future<int[]> f : results) {
        int[] counts = f.get();
        stored += counts[0];
        named += counts[1];
      }
      assertThat(stored).as("ratings stored").isPositive();
      assertThat(named).as("duplicates named").isPositive();
      assertThat(s.ratings().findByAuthor(item, author)).isEmpty();
      assertThat(s.stats().find(List.of(item)).get(item).rating()).isEqualTo(new RatingSummary(0, 0));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void ratingOrLikingAnUnknownItemIsNotFound() {
    CatalogItem nowhere = CatalogItem.song(SongId.generate(Clock.systemUTC()));
    assertThatThrownBy(() -> s.tx().inTransaction(() -> s.ratings().add(rating(nowhere, new UserId(UUID.randomUUID()), 5))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("SongNotFound"));
    assertThatThrownBy(() -> s.tx().inTransaction(() -> s.likes().add(nowhere, new UserId(UUID.randomUUID()),
        Instant.now()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> s.tx().inTransaction(() -> s.stats().adjustLikes(nowhere, 1)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void everyNewSongGetsAStatsRowAndDeletingTheSongTakesItsRatingsAlong() {
    CatalogItem item = song();
    Long rows = DB.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM song_stats WHERE item_id = :id")
        .bind("id", item.id()).mapTo(Long.class).one());
    assertThat(rows).isEqualTo(1);
    UserId ada = new UserId(UUID.randomUUID());
    s.tx().inTransaction(() -> {
      s.ratings().add(rating(item, ada, 7));
      s.stats().adjustRatings(item, 1, 7);
      s.likes().add(item, ada, Instant.now());
      s.stats().adjustLikes(item, 1);
    });

    s.tx().inTransaction(() -> s.songs().remove(item.songId()));

    long left = DB.jdbi().withHandle(h -> h.createQuery("SELECT (SELECT count(*) FROM song_ratings)"
        + " + (SELECT count(*) FROM song_likes) + (SELECT count(*) FROM song_stats)").mapTo(Long.class).one());
    assertThat(left).isZero();
    assertThat(s.stats().find(List.of(item)).get(item)).isEqualTo(ItemStats.none(item));
  }

  @Test
  void theBulkLoaderWritesRatingsAndLikesAndStatsThatAddUp() {
    new BulkCatalogLoader(DB.jdbi(), Clock.systemUTC(), 3).load(50, 400, n -> { });
    BulkRatingLoader loader = new BulkRatingLoader(DB.jdbi(), Clock.systemUTC(), 3);
    BulkRatingLoader.Result result = loader.load(5_000, 300, 2_000, n -> { });

    assertThat(result.songRatings()).isEqualTo(5_000);
    assertThat(result.albumRatings()).isEqualTo(300);
    assertThat(result.songLikes()).isEqualTo(2_000);
    String mismatches = "SELECT count(*) FROM song_stats s LEFT JOIN (SELECT item_id, count(*) n, sum(score) t"
        + " FROM song_ratings GROUP BY item_id) r ON r.item_id = s.item_id LEFT JOIN (SELECT item_id, count(*) n"
        + " FROM song_likes GROUP BY item_id) l ON l.item_id = s.item_id WHERE s.rating_count <> coalesce(r.n, 0)"
        + " OR s.rating_sum <> coalesce(r.t, 0) OR s.like_count <> coalesce(l.n, 0)";
    long wrong = DB.jdbi().withHandle(h -> h.createQuery(mismatches).mapTo(Long.class).one());
    long statsRows = DB.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM song_stats").mapTo(Long.class).one());
    assertThat(wrong).isZero();
    assertThat(statsRows).isEqualTo(400);

    // a second load (the admin task run again) adds more, from synthetic authors of its own
    long ratingsBefore = DB.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM song_ratings")
        .mapTo(Long.class).one());
    BulkRatingLoader.Result again = loader.load(1_000, 0, 500, n -> { });
    assertThat(again.songRatings()).isEqualTo(1_000);
    assertThat(again.songLikes()).isEqualTo(500);
    long ratingsAfter = DB.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM song_ratings")
        .mapTo(Long.class).one());
    long wrongAfter = DB.jdbi().withHandle(h -> h.createQuery(mismatches).mapTo(Long.class).one());
    assertThat(ratingsAfter).isEqualTo(ratingsBefore + 1_000);
    assertThat(wrongAfter).isZero();
  }
}
