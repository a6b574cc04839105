package dev.cadenza.adapters.cache;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.cache.testing.TestRedis;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.inmemory.InMemoryItemStatsRepository;
import dev.cadenza.testing.inmemory.InMemorySongRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ClientType;
import redis.clients.jedis.params.ClientKillParams;

/**
 * Near copies over a real Redis ({@link NearCacheStore} with {@link RedisInvalidations}), with two
 * instances (each its own pool, subscription and copies) over one database and one Redis: a write
 * acknowledged by one is never followed by an older copy on the other, also when the other stops
 * hearing evictions, and copies stop and come back with Redis.
 */
class NearCopiesOverRedisTest {

  private final String prefix = TestRedis.uniquePrefix();
  private final InMemorySongRepository database = new InMemorySongRepository();
  private final InMemoryItemStatsRepository figures = new InMemoryItemStatsRepository();
  private final List<AutoCloseable> opened = new ArrayList<>();

  private final class Instance {
    final DirectTransactionRunner tx = new DirectTransactionRunner();
    final CacheMetrics metrics = CacheMetrics.unregistered();
    final RedisInvalidations messenger;
    final NearCacheStore store;
    final CachingSongRepository songs;
    final CachingItemStatsRepository stats;

    Instance(URI redis, UnaryOperator<NearCopies> wrap) {
      RedisConnection connection = RedisConnection.open(redis, Duration.ofMillis(250), Duration.ofMillis(200), 4,
          metrics);
      messenger = new RedisInvalidations(connection, prefix, metrics);
      store = new NearCacheStore(new RedisCacheStore(connection, prefix, Duration.ofHours(1), metrics),
          wrap.apply(messenger), 1 << 20, Duration.ofMinutes(1));
      opened.add(store);
      ReadThroughCache cache = new ReadThroughCache(store, tx, metrics, source -> { });
      songs = new CachingSongRepository(database, cache, Duration.ofMinutes(10));
      stats = new CachingItemStatsRepository(figures, cache, Duration.ofMinutes(30));
    }

    Instance() {
      this(TestRedis.sharedUrl(), UnaryOperator.identity());
    }

    Instance awaitCoverage() {
      CacheStores.awaitCoverage(messenger);
      return this;
    }
  }

  /** A messenger whose listener can be held up, as a stalled or overloaded instance's would be. */
  private static final class Stalling implements NearCopies {
    final NearCopies messenger;
    volatile CountDownLatch gate = new CountDownLatch(0);

    Stalling(NearCopies messenger) {
      this.messenger = messenger;
    }

    private void await() {
      try {
        gate.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void start(Listener listener) {
      messenger.start(new Listener() {
        @Override
        public void dropped(Collection<String> keys) {
          await();
          listener.dropped(keys);
        }

        @Override
        public void droppedFamilies(Collection<String> families) {
          await();
          listener.droppedFamilies(families);
        }

        @Override
        public void lost() {
          listener.lost();
        }

        @Override
        public boolean evictionsPending() {
          return listener.evictionsPending();
        }
      });
    }

    @Override
    public long coverage() {
      return messenger.coverage();
    }

    @Override
    public void announce(Collection<String> keys) {
      messenger.announce(keys);
    }

    @Override
    public void announceFamilies(Collection<String> families) {
      messenger.announceFamilies(families);
    }

    @Override
    public void dropEverywhereLater() {
      messenger.dropEverywhereLater();
    }

    @Override
    public String describe() {
      return messenger.describe();
    }

    @Override
    public void close() {
      gate.countDown();
      messenger.close();
    }
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : opened) {
      closeable.close();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Song version(Song song, int version) {
    return new Song(song.id(), aSong().title("v" + version).details(), version, song.createdAt(),
        Instant.parse("2026-07-01T00:00:00Z").plusSeconds(version));
  }

  private Song newSong(Instance via) {
    Song song = aSong().id(SongId.generate(Clock.systemUTC())).title("v1").build();
    via.tx.inTransaction(() -> via.songs.add(song));
    return song;
  }

  @Test
  void aWriteAcknowledgedByOneInstanceIsNeverFollowedByAnOlderCopyOnTheOther() {
    Instance a = new Instance().awaitCoverage();
    Instance b = new Instance().awaitCoverage();
    Song song = newSong(a);
    CatalogItem item = CatalogItem.song(song.id());
    assertThat(b.songs.findById(song.id())).contains(song);
    assertThat(b.stats.find(List.of(item)).get(item).likes()).isZero();

    for (int v = 2; v <= 40; v++) {
      Song next = version(song, v);
      Instance writer = v % 2 == 0 ? a : b;
      Instance reader = writer == a ? b : a;
      // the reader holds copies of both values when the write comes
      reader.songs.findById(song.id());
      reader.stats.find(List.of(item));
      long copiesBefore = reader.store.copies();
      writer.tx.inTransaction(() -> {
        writer.songs.update(next);
        writer.stats.adjustLikes(item, 1);
      });
      assertThat(copiesBefore).as("the reader had copies").isGreaterThanOrEqualTo(2);
      assertThat(reader.songs.findById(song.id())).contains(next);
      assertThat(reader.stats.find(List.of(item)).get(item).likes()).isEqualTo(v - 1);
      assertThat(writer.songs.findById(song.id())).contains(next);
    }
    assertThat(a.metrics.nearAnswersMissing.getCount() + b.metrics.nearAnswersMissing.getCount()).isZero();
  }

  @Test
  void anInstanceThatStopsHearingEvictionsStopsServingCopiesBeforeTheWriterReturns() {
    Instance a = new Instance().awaitCoverage();
    Stalling[] stalling = new Stalling[1];
    Instance b = new Instance(TestRedis.sharedUrl(), messenger -> stalling[0] = new Stalling(messenger))
        .awaitCoverage();
    Song song = newSong(a);
    // the first read loads and stores in Redis, the second finds it there and keeps a copy
    assertThat(b.songs.findById(song.id())).contains(song);
    assertThat(b.songs.findById(song.id())).contains(song);
    assertThat(b.store.copies()).isGreaterThanOrEqualTo(1);

    stalling[0].gate = new CountDownLatch(1);
    Song next = version(song, 2);
    long started = System.nanoTime();
    a.tx.inTransaction(() -> a.songs.update(next));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(took).as("the writer waited for the silent instance, at most the lease")
        .isGreaterThanOrEqualTo(RedisInvalidations.LEASE.minusMillis(5))
        .isLessThan(RedisInvalidations.LEASE.plusSeconds(2));
    assertThat(a.metrics.nearAnswersMissing.getCount()).isEqualTo(1);
    assertThat(b.messenger.coverage()).as("the stalled instance serves no copies").isNegative();
    assertThat(b.songs.findById(song.id())).contains(next);

    stalling[0].gate.countDown();
    b.awaitCoverage();
    assertThat(b.songs.findById(song.id())).contains(next);
    assertThat(b.songs.findById(song.id())).contains(next);
  }

  @Test
  void aWriterAlsoWaitsForInstancesItHeardBeatWhoseSubscriptionRedisDropped() {
    TestRedis redis = TestRedis.spawn();
    opened.add(redis);
    Instance a = new Instance(redis.url(), UnaryOperator.identity()).awaitCoverage();
    Instance b = new Instance(redis.url(), UnaryOperator.identity()).awaitCoverage();
    Song song = newSong(a);
    b.songs.findById(song.id());
    assertThat(b.songs.findById(song.id())).contains(song);

    // Redis drops both subscriptions (as for an output buffer over its limit); PUBLISH then counts nobody
    try (Jedis admin = new Jedis(redis.url())) {
      assertThat(admin.clientKill(new ClientKillParams().type(ClientType.PUBSUB))).isEqualTo(2);
    }
    Song next = version(song, 2);
    long started = System.nanoTime();
    a.tx.inTransaction(() -> a.songs.update(next));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(b.songs.findById(song.id())).contains(next);
    assertThat(took).as("waited for the instances it had heard, though PUBLISH counted none")
        .isGreaterThanOrEqualTo(RedisInvalidations.LEASE.minusMillis(5));
    assertThat(a.metrics.nearAnswersMissing.getCount()).isEqualTo(1);
    b.awaitCoverage();
    assertThat(b.songs.findById(song.id())).contains(next);
  }

  @Test
  void copiesStopWhileRedisIsDownAndComeBackWithIt() {
    TestRedis redis = TestRedis.spawn();
    opened.add(redis);
    Instance a = new Instance(redis.url(), UnaryOperator.identity()).awaitCoverage();
    Song song = newSong(a);
    assertThat(a.songs.findById(song.id())).contains(song);
    assertThat(a.songs.findById(song.id())).contains(song);
    assertThat(a.store.copies()).isEqualTo(1);

    redis.stop();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (a.messenger.coverage() >= 0) {
      assertThat(System.nanoTime()).as("copies stop within 5 s").isLessThan(deadline);
      sleep(5);
    }
    Song next = version(song, 2);
    a.tx.inTransaction(() -> a.songs.update(next));
    assertThat(a.songs.findById(song.id())).contains(next);

    redis.start();
    a.awaitCoverage();
    assertThat(a.songs.findById(song.id())).contains(next);
    assertThat(a.songs.findById(song.id())).contains(next);
    assertThat(a.store.copies()).isEqualTo(1);
  }
}
