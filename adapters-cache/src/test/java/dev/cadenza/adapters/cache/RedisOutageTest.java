package dev.cadenza.adapters.cache;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.cache.testing.TestRedis;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.ReadSource;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.inmemory.InMemorySongRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Protocol;

/**
 * A Redis of the test's own, stopped and started again: reads keep succeeding from the database,
 * the failures are counted and the store reports itself degraded; once Redis is back the cache
 * resumes by itself, and nothing this instance changed meanwhile is served stale.
 */
class RedisOutageTest {

  private TestRedis redis;
  private RedisConnection connection;
  private CacheMetrics metrics;
  private RedisCacheStore store;
  private String prefix;
  private CachingSongRepository songs;
  private final DirectTransactionRunner tx = new DirectTransactionRunner();
  private final InMemorySongRepository database = new InMemorySongRepository();
  private final List<ReadSource> sources = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    redis = TestRedis.spawn();
    metrics = CacheMetrics.unregistered();
    connection = RedisConnection.open(redis.url(), Duration.ofMillis(250), Duration.ofMillis(200), 4, metrics);
    prefix = TestRedis.uniquePrefix();
    store = new RedisCacheStore(connection, prefix, Duration.ofHours(1), metrics);
    songs = new CachingSongRepository(database, new ReadThroughCache(store, tx, metrics, sources::add),
        Duration.ofMinutes(10));
  }

  @AfterEach
  void stop() {
    if (store != null) {
      store.close();
    }
    if (redis != null) {
      redis.close();
    }
  }

  private Song stored() {
    Song song = aSong().id(SongId.generate(Clock.systemUTC())).build();
    tx.inTransaction(() -> songs.add(song));
    return song;
  }

  @Test
  void readsSurviveAnOutageAndTheCacheComesBackByItself() throws Exception {
    Song song = stored();
    songs.findById(song.id());
    assertThat(store.health().isUp()).isTrue();

    redis.stop();
    sources.clear();
    for (int i = 0; i < 5; i++) {
      assertThat(songs.findById(song.id())).contains(song);
    }
    assertThat(sources).containsOnly(ReadSource.DATABASE);
    assertThat(metrics.failureCount()).isPositive();
    assertThat(store.health().state()).isEqualTo(CacheHealth.State.DEGRADED);
    assertThat(store.health().detail()).contains("unreachable");

    redis.start();
    Thread.sleep(300);
    assertThat(store.health().isUp()).isTrue();
    songs.findById(song.id());
    sources.clear();
    assertThat(songs.findById(song.id())).contains(song);
    assertThat(sources).containsExactly(ReadSource.CACHE);
  }

  @Test
  void aChangeMadeDuringTheOutageIsNeverServedStaleAfterwards() throws Exception {
    Song song = stored();
    Song next = changedWhileRedisIsAway(song);
    assertThat(songs.findById(song.id())).contains(next);

    redis.start();
    Thread.sleep(300);
    sources.clear();
    assertThat(songs.findById(song.id())).contains(next);
    assertThat(songs.findById(song.id())).contains(next);
    assertThat(store.health().isUp()).isTrue();
  }

  /**
   * Caches {@code song}, stops Redis keeping its data for the restart (as across a network cut, the
   * old value comes back with it) and changes the song meanwhile: the eviction fails.
   */
  private Song changedWhileRedisIsAway(Song song) {
    songs.findById(song.id());
    connection.call(j -> j.sendCommand(Protocol.Command.SAVE));
    redis.stop();
    Song next = new Song(song.id(), aSong().title("Changed while Redis was away").details(), 2, song.createdAt(),
        Instant.parse("2026-07-01T00:00:00Z"));
    tx.inTransaction(() -> songs.update(next));
    return next;
  }

  @Test
  void theSweepAfterTooManyFailedEvictionsClearsCachedValuesButKeepsLoginCounters() throws Exception {
    RedisLoginThrottle throttle = new RedisLoginThrottle(connection, prefix, 1, Duration.ofHours(1), Clock.systemUTC(),
        new InProcessLoginThrottle(1, Duration.ofHours(1), Clock.systemUTC()));
    assertThat(throttle.tryBegin("ada", "attempt-1")).isEmpty();
    assertThat(throttle.blockedFor("ada")).as("one failure is the limit").isPresent();
    Song song = stored();
    changedWhileRedisIsAway(song);
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i <= 10_000; i++) {
      tooMany.add("song:gone-" + i);
    }
    store.evict(tooMany);

    redis.start();
    String cached = prefix + CachingSongRepository.key(song.id());
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (connection.callDespiteBreaker(j -> j.exists(cached)) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }

    boolean stillCached = connection.callDespiteBreaker(j -> j.exists(cached));
    assertThat(stillCached).as("the sweep evicted the cached song").isFalse();
    Thread.sleep(300);
    assertThat(throttle.blockedFor("ada")).as("the login counter outlived the sweep").isPresent();
  }

  @Test
  void aPendingEvictionReachesRedisWhenItReturnsEvenIfThisInstanceReadsNothing() throws Exception {
    Song song = stored();
    Song next = changedWhileRedisIsAway(song);

    redis.start();
    CacheMetrics otherMetrics = CacheMetrics.unregistered();
    RedisConnection otherConnection = RedisConnection.open(redis.url(), Duration.ofMillis(250),
        Duration.ofMillis(200), 4, otherMetrics);
    try (RedisCacheStore otherStore = new RedisCacheStore(otherConnection, prefix, Duration.ofHours(1), otherMetrics)) {
      String key = prefix + CachingSongRepository.key(song.id());
      // Redis came back holding the old value; without the retries only this instance's next read
      // would have evicted it.
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (otherConnection.call(j -> j.exists(key)) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      CachingSongRepository elsewhere = new CachingSongRepository(database,
          new ReadThroughCache(otherStore, new DirectTransactionRunner(), otherMetrics, source -> { }),
          Duration.ofMinutes(10));
      assertThat(elsewhere.findById(song.id())).as("another instance, which knew of no outage").contains(next);
      assertThat(elsewhere.findById(song.id())).contains(next);
    }
  }

  @Test
  void aRedisThatHangsCostsTheReadThatFindsItOneTimeoutAndTheNextOnesNone() {
    store.close();
    Duration timeout = Duration.ofSeconds(1);
    connection = RedisConnection.open(redis.url(), timeout, Duration.ofSeconds(30), 4, metrics);
    store = new RedisCacheStore(connection, prefix, Duration.ofHours(1), metrics);
    songs = new CachingSongRepository(database, new ReadThroughCache(store, tx, metrics, sources::add),
        Duration.ofMinutes(10));
    Song song = stored();
    songs.findById(song.id());
    assertThat(songs.findById(song.id())).contains(song);

    redis.pause();
    try {
      sources.clear();
      long start = System.nanoTime();
      assertThat(songs.findById(song.id())).contains(song);
      Duration first = Duration.ofNanos(System.nanoTime() - start);
      start = System.nanoTime();
      assertThat(songs.findById(song.id())).contains(song);
      Duration second = Duration.ofNanos(System.nanoTime() - start);

      assertThat(sources).containsExactly(ReadSource.DATABASE, ReadSource.DATABASE);
      assertThat(metrics.failureCount()).isEqualTo(1);
      // one timeout (the read's); the broken connection is not replaced on the spot, which cost a
      // second one (the new connection's handshake). The margins are for a slow machine.
      assertThat(first).isGreaterThanOrEqualTo(timeout.minusMillis(50)).isLessThan(timeout.multipliedBy(18).dividedBy(10));
      assertThat(second).as("the breaker skips Redis").isLessThan(timeout.dividedBy(2));
    } finally {
      redis.resume();
    }
  }

  /** Closes every client connection of {@code redis} but the caller's, as Redis's idle timeout or an operator would. */
  private static void killClients(RedisConnection via) {
    via.call(j -> j.sendCommand(Protocol.Command.CLIENT, "KILL", "TYPE", "normal", "SKIPME", "yes"));
  }

  @Test
  void aConnectionRedisClosedIsReplacedAtOnceWithoutCallingRedisUnavailable() {
    Song song = stored();
    songs.findById(song.id());
    assertThat(songs.findById(song.id())).contains(song);
    RedisConnection operator = RedisConnection.open(redis.url(), Duration.ofMillis(250), Duration.ofMillis(200), 1,
        CacheMetrics.unregistered());
    try {
      killClients(operator);
      sources.clear();
      assertThat(songs.findById(song.id())).contains(song);
      assertThat(sources).as("still a hit, on a new connection").containsExactly(ReadSource.CACHE);

      killClients(operator);
      Song next = new Song(song.id(), aSong().title("Renamed over a closed connection").details(), 2,
          song.createdAt(), Instant.parse("2026-07-01T00:00:00Z"));
      tx.inTransaction(() -> songs.update(next));
      assertThat(songs.findById(song.id())).contains(next);

      assertThat(metrics.failureCount()).as("Redis never failed").isZero();
      assertThat(metrics.reconnectCount()).isEqualTo(2);
      assertThat(metrics.evictionFailures.getCount()).isZero();
      assertThat(store.health().isUp()).isTrue();
    } finally {
      operator.close();
    }
  }

  @Test
  void pendingEvictionsReachARedisThatReturnsLongBeforeTheBreakerWouldLetRequestsTry() throws Exception {
    store.close();
    connection = RedisConnection.open(redis.url(), Duration.ofMillis(250), Duration.ofSeconds(30), 4, metrics);
    store = new RedisCacheStore(connection, prefix, Duration.ofHours(1), metrics);
    songs = new CachingSongRepository(database, new ReadThroughCache(store, tx, metrics, sources::add),
        Duration.ofMinutes(10));
    Song song = stored();
    changedWhileRedisIsAway(song);

    redis.start();
    long back = System.nanoTime();
    RedisConnection other = RedisConnection.open(redis.url(), Duration.ofMillis(250), Duration.ofMillis(200), 1,
        CacheMetrics.unregistered());
    try {
      String key = prefix + CachingSongRepository.key(song.id());
      while (other.call(j -> j.exists(key)) && System.nanoTime() - back < Duration.ofSeconds(10).toNanos()) {
        Thread.sleep(20);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - back);
      boolean stillThere = other.call(j -> j.exists(key));
      assertThat(stillThere).as("the old value is evicted").isFalse();
      // retried every 250 ms: well within the breaker's 30 s, with room for a slow machine
      assertThat(took).isLessThan(Duration.ofSeconds(5));
      sources.clear();
      songs.findById(song.id());
      assertThat(sources).as("and this instance uses Redis again at once").containsExactly(ReadSource.DATABASE);
      songs.findById(song.id());
      assertThat(sources).containsExactly(ReadSource.DATABASE, ReadSource.CACHE);
    } finally {
      other.close();
    }
  }
}
