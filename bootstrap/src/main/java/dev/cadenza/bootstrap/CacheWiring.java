package dev.cadenza.bootstrap;

import com.codahale.metrics.health.HealthCheck;
import dev.cadenza.adapters.cache.CacheHealth;
import dev.cadenza.adapters.cache.CacheMetrics;
import dev.cadenza.adapters.cache.CacheStore;
import dev.cadenza.adapters.cache.CachingAlbumRepository;
import dev.cadenza.adapters.cache.CachingCollaboratorRepository;
import dev.cadenza.adapters.cache.CachingChartQuery;
import dev.cadenza.adapters.cache.CachingItemStatsRepository;
import dev.cadenza.adapters.cache.CachingLikeRepository;
import dev.cadenza.adapters.cache.CachingPlaylistEntryRepository;
import dev.cadenza.adapters.cache.CachingPlaylistRepository;
import dev.cadenza.adapters.cache.CachingSongRepository;
import dev.cadenza.adapters.cache.InProcessCacheStore;
import dev.cadenza.adapters.cache.NearCacheStore;
import dev.cadenza.adapters.cache.RedisInvalidations;
import dev.cadenza.adapters.cache.InProcessLoginThrottle;
import dev.cadenza.adapters.cache.ReadThroughCache;
import dev.cadenza.adapters.cache.RedisCacheStore;
import dev.cadenza.adapters.cache.RedisConnection;
import dev.cadenza.adapters.cache.RedisLoginThrottle;
import dev.cadenza.adapters.persistence.JdbiAlbumRepository;
import dev.cadenza.adapters.persistence.JdbiCollaboratorRepository;
import dev.cadenza.adapters.persistence.JdbiItemStatsRepository;
import dev.cadenza.adapters.persistence.JdbiLikeRepository;
import dev.cadenza.adapters.persistence.JdbiPlaylistEntryRepository;
import dev.cadenza.adapters.persistence.JdbiPlaylistRepository;
import dev.cadenza.adapters.persistence.JdbiRatingRepository;
import dev.cadenza.adapters.persistence.JdbiSongRepository;
import dev.cadenza.adapters.persistence.JdbiTransactionRunner;
import dev.cadenza.adapters.rest.http.DataSourceHeader;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.ratings.port.in.RatingsAndLikes;
import dev.cadenza.domain.ratings.service.RatingsServices;
import dev.cadenza.domain.users.port.out.LoginThrottle;
import dev.cadenza.domain.users.service.LoginThrottles;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache adapter's part of the composition: Redis when {@code cache.redisUrl} is set, the
 * in-process store otherwise, behind the same decorators; the {@code cache} health check (healthy
 * with state {@code degraded} while Redis is unreachable: the service still answers from the
 * database); the login throttle, shared through Redis when there is one. Every read served through
 * the cache is reported to the REST adapter's {@code X-Data-Source} header.
 */
final class CacheWiring {

  private static final String VERSION = ":v1:";
  private static final Logger LOG = LoggerFactory.getLogger(CacheWiring.class);
  /** The in-process cache's bound by entry count, replaced by {@code CADENZA_CACHE_HEAP_PERCENT}. */
  private static final String REMOVED_MAX_ENTRIES = "CADENZA_CACHE_MAX_ENTRIES";

  private final CacheSettings settings;
  private final ReadThroughCache cache;
  private final RedisConnection redis;
  private final String prefix;

  private CacheWiring(CacheSettings settings, ReadThroughCache cache, RedisConnection redis, String prefix) {
    this.settings = settings;
    this.cache = cache;
    this.redis = redis;
    this.prefix = prefix;
  }

  /** How long a near copy of a Redis value is kept at most: a bound for rows changed behind the service's back. */
  static final Duration NEAR_COPY_AGE = Duration.ofMinutes(1);

  static CacheWiring create(CacheSettings settings, Jdbi jdbi, Environment environment) {
    CacheMetrics metrics = new CacheMetrics(environment.metrics());
    String prefix = settings.getKeyPrefix() + VERSION;
    // Generations outlive every entry stored under them (search pages are filed under one).
    Duration generations = Duration.ofHours(1).plus(settings.getLikesTtl().toJavaDuration())
        .plus(settings.getCatalogTtl().toJavaDuration()).plus(settings.getSearchTtl().toJavaDuration());
    RedisConnection redis = null;
    CacheStore store;
    if (settings.usesRedis()) {
      redis = RedisConnection.open(URI.create(settings.getRedisUrl().trim()), settings.getRedisTimeout().toJavaDuration(),
          settings.getRedisRetryAfter().toJavaDuration(), settings.getRedisPoolSize(), metrics);
      CacheStore shared = new RedisCacheStore(redis, prefix, generations, metrics);
      long nearBytes = settings.nearMaxBytes(Runtime.getRuntime().maxMemory());
      store = nearBytes > 0
          ? new NearCacheStore(shared, new RedisInvalidations(redis, prefix, metrics), nearBytes, NEAR_COPY_AGE)
          : shared;
    } else {
      if (System.getenv(REMOVED_MAX_ENTRIES) != null) {
        LOG.warn("{} is no longer read: the in-process cache takes CADENZA_CACHE_HEAP_PERCENT ({}%) of the heap",
            REMOVED_MAX_ENTRIES, settings.getInProcessHeapPercent());
      }
      store = new InProcessCacheStore(settings.inProcessMaxBytes(Runtime.getRuntime().maxMemory()), generations);
    }
    CacheStore managed = store;
    environment.lifecycle().manage(new Managed() {
      @Override
      public void stop() {
        managed.close();
      }
    });
    environment.healthChecks().register("cache", new CacheHealthCheck(store));
    ReadThroughCache cache = new ReadThroughCache(store, new JdbiTransactionRunner(jdbi), metrics,
        DataSourceHeader::record);
    return new CacheWiring(settings, cache, redis, prefix);
  }

  SongRepository songs(Jdbi jdbi) {
    return new CachingSongRepository(new JdbiSongRepository(jdbi), cache, settings.getCatalogTtl().toJavaDuration(),
        settings.getSearchTtl().toJavaDuration());
  }

  /** Retires the cached search pages: after rows were written past the repositories (bulk loads). */
  void forgetSearches() {
    CachingSongRepository.forgetSearches(cache);
  }

  /** Retires the cached figures and search pages: after ratings and likes were bulk loaded. */
  void forgetFigures() {
    CachingItemStatsRepository.forgetAll(cache);
  }

  /** Pages of playlist entries and playlist totals, cached as long as search pages. */
  PlaylistEntryRepository playlistEntries(Jdbi jdbi) {
    return new CachingPlaylistEntryRepository(new JdbiPlaylistEntryRepository(jdbi), cache,
        settings.getSearchTtl().toJavaDuration());
  }

  /**
   * Playlists by id (what every access check reads first) and each member's list of playlists, cached
   * as long as their pages.
   */
  PlaylistRepository playlists(Jdbi jdbi) {
    return new CachingPlaylistRepository(new JdbiPlaylistRepository(jdbi), cache, settings.getSearchTtl().toJavaDuration());
  }

  /** Collaborators in the database; their changes retire the cached lists of their users' playlists. */
  CollaboratorRepository collaborators(Jdbi jdbi) {
    return new CachingCollaboratorRepository(new JdbiCollaboratorRepository(jdbi), cache);
  }

  AlbumRepository albums(Jdbi jdbi) {
    return new CachingAlbumRepository(new JdbiAlbumRepository(jdbi), cache, settings.getCatalogTtl().toJavaDuration());
  }

  /**
   * The ratings context over the JDBI adapters: its figures and likedByMe through the cache, and
   * its charts cached whole, with their names.
   */
  RatingsAndLikes ratings(Jdbi jdbi, MusicCatalog music, Clock clock) {
    Duration likesTtl = settings.getLikesTtl().toJavaDuration();
    RatingsAndLikes r = RatingsServices.create(new RatingsServices.Ports(new JdbiRatingRepository(jdbi),
        new CachingLikeRepository(new JdbiLikeRepository(jdbi), cache, likesTtl),
        new CachingItemStatsRepository(new JdbiItemStatsRepository(jdbi), cache, likesTtl),
        music.getSong(), music.getAlbum(), new JdbiTransactionRunner(jdbi), clock,
        settings.getChartMinimumRatings()));
    return new RatingsAndLikes(r.rateItem(), r.getRating(), r.updateRating(), r.deleteRating(), r.listRatings(),
        r.likeItem(), r.unlikeItem(), r.getLikes(), r.getEngagement(),
        new CachingChartQuery(r.getChart(), cache, settings.getChartTtl().toJavaDuration(),
            settings.getChartMinimumRatings()));
  }

  /**
   * Usernames and client addresses counted each with its limit, shared through Redis when there is
   * one (falling back to this instance's counts while it is down).
   */
  LoginThrottle loginThrottle(AuthSettings auth, Clock clock) {
    java.time.Duration window = auth.getLoginFailureWindow().toJavaDuration();
    return LoginThrottles.byKind(loginThrottle(auth.getLoginFailureLimit(), window, clock),
        loginThrottle(auth.getLoginAddressFailureLimit(), window, clock));
  }

  private LoginThrottle loginThrottle(int limit, java.time.Duration window, Clock clock) {
    InProcessLoginThrottle local = new InProcessLoginThrottle(limit, window, clock);
    return redis == null ? local : new RedisLoginThrottle(redis, prefix, limit, window, clock, local);
  }

  /**
   * Always healthy (the service answers without the cache), with {@code state} {@code up},
   * {@code degraded} (Redis unreachable or evictions pending) or {@code in-process}.
   */
  static final class CacheHealthCheck extends HealthCheck {
    private final CacheStore store;

    CacheHealthCheck(CacheStore store) {
      this.store = store;
    }

    @Override
    protected Result check() {
      CacheHealth health = store.health();
      String state = store instanceof InProcessCacheStore ? "in-process"
          : health.isUp() ? "up" : "degraded";
      return Result.builder().healthy().withMessage(state + ": " + health.detail())
          .withDetail("state", state).build();
    }
  }
}
