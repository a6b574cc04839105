package dev.cadenza.adapters.cache;

import dev.cadenza.adapters.cache.testing.TestRedis;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.shared.model.ReadSource;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.contract.CatalogStores;
import dev.cadenza.testing.contract.PlaylistStores;
import dev.cadenza.testing.contract.RatingStores;
import dev.cadenza.testing.inmemory.InMemoryAlbumRepository;
import dev.cadenza.testing.inmemory.InMemoryItemStatsRepository;
import dev.cadenza.testing.inmemory.InMemoryLibraryRepository;
import dev.cadenza.testing.inmemory.InMemoryLikeRepository;
import dev.cadenza.testing.inmemory.InMemoryPlaylistStores;
import dev.cadenza.testing.inmemory.InMemoryRatingRepository;
import dev.cadenza.testing.inmemory.InMemorySongReferences;
import dev.cadenza.testing.inmemory.InMemorySongRepository;
import dev.cadenza.testing.inmemory.InMemoryUserRepository;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Cache stores of both kinds for tests, and the decorators wrapped around the in-memory fakes. */
enum CacheStores {
  IN_PROCESS, REDIS, REDIS_WITH_NEAR_COPIES;

  static final Duration TTL = Duration.ofMinutes(10);

  /** The stores with near copies made since {@link #closeOpened()} last ran: they hold a thread and a connection each. */
  private static final List<CacheStore> OPENED = new CopyOnWriteArrayList<>();

  /**
   * A fresh store: in process, or on the shared test Redis under a prefix of its own, with or without
   * near copies (serving them already: the store has heard its own beat).
   */
  CacheStore newStore(CacheMetrics metrics) {
    return switch (this) {
      case IN_PROCESS -> new InProcessCacheStore(64L * 1024 * 1024, Duration.ofHours(1));
      case REDIS -> new RedisCacheStore(RedisConnection.open(TestRedis.sharedUrl(), Duration.ofSeconds(2),
          Duration.ofMillis(200), 8, metrics), TestRedis.uniquePrefix(), Duration.ofHours(1), metrics);
      case REDIS_WITH_NEAR_COPIES -> {
        RedisConnection connection = RedisConnection.open(TestRedis.sharedUrl(), Duration.ofSeconds(2),
            Duration.ofMillis(200), 8, metrics);
        String prefix = TestRedis.uniquePrefix();
        RedisInvalidations messenger = new RedisInvalidations(connection, prefix, metrics);
        NearCacheStore store = new NearCacheStore(new RedisCacheStore(connection, prefix, Duration.ofHours(1), metrics),
            messenger, 16L * 1024 * 1024, Duration.ofMinutes(1));
        OPENED.add(store);
        awaitCoverage(messenger);
        yield store;
      }
    };
  }

  /** Waits (10 s at most) until {@code messenger} lets its store serve near copies. */
  static void awaitCoverage(NearCopies messenger) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (messenger.coverage() < 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("near copies were not served within 10 s");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Closes the stores with near copies made so far (their subscriptions and beats). */
  static void closeOpened() {
    for (CacheStore store : OPENED) {
      store.close();
    }
    OPENED.clear();
  }

  /** A read-through cache over a fresh store; {@link #sources} hears every read. */
  Fixture fixture() {
    CacheMetrics metrics = CacheMetrics.unregistered();
    List<ReadSource> sources = new CopyOnWriteArrayList<>();
    DirectTransactionRunner tx = new DirectTransactionRunner();
    CacheStore store = newStore(metrics);
    return new Fixture(new ReadThroughCache(store, tx, metrics, sources::add), store, tx, metrics, sources);
  }

  record Fixture(ReadThroughCache cache, CacheStore store, DirectTransactionRunner tx, CacheMetrics metrics,
                 List<ReadSource> sources) {
  }

  CatalogStores catalogStores() {
    Fixture f = fixture();
    return new CatalogStores(new CachingSongRepository(new InMemorySongRepository(), f.cache(), TTL, TTL),
        new CachingAlbumRepository(new InMemoryAlbumRepository(), f.cache(), TTL), f.tx());
  }

  RatingStores ratingStores() {
    Fixture f = fixture();
    InMemorySongRepository songs = new InMemorySongRepository();
    InMemoryAlbumRepository albums = new InMemoryAlbumRepository();
    InMemoryItemStatsRepository stats = new InMemoryItemStatsRepository();
    songs.rankBy(stats.figures(ItemKind.SONG));
    albums.rankBy(stats.figures(ItemKind.ALBUM));
    TransactionRunner tx = f.tx();
    return new RatingStores(new CachingSongRepository(songs, f.cache(), TTL, TTL),
        new CachingAlbumRepository(albums, f.cache(), TTL), new InMemoryRatingRepository(),
        new CachingLikeRepository(new InMemoryLikeRepository(), f.cache(), TTL),
        new CachingItemStatsRepository(stats, f.cache(), TTL), tx);
  }

  /**
   * The playlists context's stores with the playlists behind {@link CachingPlaylistRepository} and
   * {@link CachingCollaboratorRepository}, the entries behind {@link CachingPlaylistEntryRepository} and
   * the songs behind {@link CachingSongRepository}, on one cache; the fakes read the songs directly.
   */
  PlaylistStores playlistStores() {
    return playlistStores(fixture());
  }

  PlaylistStores playlistStores(Fixture f) {
    InMemorySongRepository songs = new InMemorySongRepository();
    InMemoryAlbumRepository albums = new InMemoryAlbumRepository();
    InMemoryPlaylistStores stores = new InMemoryPlaylistStores(songs);
    return new PlaylistStores(new CachingPlaylistRepository(stores.playlistRepository, f.cache(), TTL),
        new CachingPlaylistEntryRepository(stores.entryRepository, f.cache(), TTL),
        new CachingCollaboratorRepository(stores.collaboratorRepository, f.cache()),
        stores.activityLog, new InMemoryLibraryRepository(songs), new InMemorySongReferences(songs, albums),
        new CachingSongRepository(songs, f.cache(), TTL, TTL), albums, new InMemoryUserRepository(), f.tx());
  }

  static Consumer<ReadSource> ignore() {
    return source -> { };
  }
}
