package dev.cadenza.adapters.cache;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.cache.testing.TestRedis;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.inmemory.InMemoryItemStatsRepository;
import dev.cadenza.testing.inmemory.InMemorySongRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two instances (each its own connection pool, load table and transaction runner) over one database
 * (a shared in-memory store) and one Redis: after a write acknowledged by one, the other never reads
 * the old value, even when it had it cached.
 */
class TwoInstancesTest {

  private final String prefix = TestRedis.uniquePrefix();
  private final InMemorySongRepository database = new InMemorySongRepository();
  private final InMemoryItemStatsRepository figures = new InMemoryItemStatsRepository();

  private final class Instance {
    final DirectTransactionRunner tx = new DirectTransactionRunner();
    final ReadThroughCache cache;
    final CachingSongRepository songs;
    final CachingItemStatsRepository stats;

    Instance() {
      CacheMetrics metrics = CacheMetrics.unregistered();
      RedisConnection connection = RedisConnection.open(TestRedis.sharedUrl(), Duration.ofSeconds(1),
          Duration.ofMillis(200), 4, metrics);
      cache = new ReadThroughCache(new RedisCacheStore(connection, prefix, Duration.ofHours(1), metrics), tx, metrics,
          source -> { });
      songs = new CachingSongRepository(database, cache, Duration.ofMinutes(10));
      stats = new CachingItemStatsRepository(figures, cache, Duration.ofMinutes(30));
    }
  }

  @Test
  void aWriteThroughOneInstanceIsReadFreshThroughTheOther() {
    Instance a = new Instance();
    Instance b = new Instance();
    Song song = aSong().id(SongId.generate(Clock.systemUTC())).title("v1").build();
    a.tx.inTransaction(() -> a.songs.add(song));
    CatalogItem item = CatalogItem.song(song.id());
    assertThat(b.songs.findById(song.id())).contains(song);
    assertThat(b.stats.find(List.of(item)).get(item)).isEqualTo(ItemStats.none(item));

    Song current = song;
    for (int version = 2; version <= 20; version++) {
      Song next = new Song(song.id(), aSong().title("v" + version).details(), version, song.createdAt(),
          Instant.parse("2026-07-01T00:00:00Z").plusSeconds(version));
      Instance writer = version % 2 == 0 ? a : b;
      Instance reader = writer == a ? b : a;
      writer.tx.inTransaction(() -> {
        writer.songs.update(next);
        writer.stats.adjustLikes(item, 1);
      });
      current = next;
      assertThat(reader.songs.findById(song.id())).contains(current);
      assertThat(reader.stats.find(List.of(item)).get(item).likes()).isEqualTo(version - 1);
      assertThat(writer.songs.findById(song.id())).contains(current);
    }
  }
}
