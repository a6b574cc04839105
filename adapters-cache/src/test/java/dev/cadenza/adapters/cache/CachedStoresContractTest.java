package dev.cadenza.adapters.cache;

import dev.cadenza.testing.contract.AbstractAlbumRepositoryContract;
import dev.cadenza.testing.contract.AbstractItemStatsRepositoryContract;
import dev.cadenza.testing.contract.AbstractLikeRepositoryContract;
import dev.cadenza.testing.contract.AbstractSongRepositoryContract;
import dev.cadenza.testing.contract.CatalogStores;
import dev.cadenza.testing.contract.RatingStores;
import dev.cadenza.testing.contract.AbstractPlaylistStoresContract;
import dev.cadenza.testing.contract.PlaylistStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/**
 * The port contracts hold through the caching decorators, on both stores: the in-process one and
 * real Redis. (Charts are cached for a millisecond here, so their contract sees fresh figures.)
 */
class CachedStoresContractTest {

  @Nested
  class InProcess {
    @Nested
    class Playlists extends AbstractPlaylistStoresContract {
      @Override
      protected PlaylistStores newStores() {
        return CacheStores.IN_PROCESS.playlistStores();
      }
    }

    @Nested
    class Songs extends AbstractSongRepositoryContract {
      @Override
      protected CatalogStores newStores() {
        return CacheStores.IN_PROCESS.catalogStores();
      }
    }

    @Nested
    class Albums extends AbstractAlbumRepositoryContract {
      @Override
      protected CatalogStores newStores() {
        return CacheStores.IN_PROCESS.catalogStores();
      }
    }

    @Nested
    class Likes extends AbstractLikeRepositoryContract {
      @Override
      protected RatingStores newStores() {
        return CacheStores.IN_PROCESS.ratingStores();
      }
    }

    @Nested
    class Stats extends AbstractItemStatsRepositoryContract {
      @Override
      protected RatingStores newStores() {
        return CacheStores.IN_PROCESS.ratingStores();
      }
    }
  }

  @Nested
  class OnRedis {
    @Nested
    class Playlists extends AbstractPlaylistStoresContract {
      @Override
      protected PlaylistStores newStores() {
        return CacheStores.REDIS.playlistStores();
      }
    }

    @Nested
    class Songs extends AbstractSongRepositoryContract {
      @Override
      protected CatalogStores newStores() {
        return CacheStores.REDIS.catalogStores();
      }
    }

    @Nested
    class Albums extends AbstractAlbumRepositoryContract {
      @Override
      protected CatalogStores newStores() {
        return CacheStores.REDIS.catalogStores();
      }
    }

    @Nested
    class Likes extends AbstractLikeRepositoryContract {
      @Override
      protected RatingStores newStores() {
        return CacheStores.REDIS.ratingStores();
      }
    }

    @Nested
    class Stats extends AbstractItemStatsRepositoryContract {
      @Override
      protected RatingStores newStores() {
        return CacheStores.REDIS.ratingStores();
      }
    }
  }

  @Nested
  class OnRedisWithNearCopies {
    @AfterEach
    void closeStores() {
      CacheStores.closeOpened();
    }

    @Nested
    class Playlists extends AbstractPlaylistStoresContract {
      @Override
      protected PlaylistStores newStores() {
        return CacheStores.REDIS_WITH_NEAR_COPIES.playlistStores();
      }
    }

    @Nested
    class Songs extends AbstractSongRepositoryContract {
      @Override
      protected CatalogStores newStores() {
        return CacheStores.REDIS_WITH_NEAR_COPIES.catalogStores();
      }
    }

    @Nested
    class Albums extends AbstractAlbumRepositoryContract {
      @Override
      protected CatalogStores newStores() {
        return CacheStores.REDIS_WITH_NEAR_COPIES.catalogStores();
      }
    }

    @Nested
    class Likes extends AbstractLikeRepositoryContract {
      @Override
      protected RatingStores newStores() {
        return CacheStores.REDIS_WITH_NEAR_COPIES.ratingStores();
      }
    }

    @Nested
    class Stats extends AbstractItemStatsRepositoryContract {
      @Override
      protected RatingStores newStores() {
        return CacheStores.REDIS_WITH_NEAR_COPIES.ratingStores();
      }
    }
  }
}
