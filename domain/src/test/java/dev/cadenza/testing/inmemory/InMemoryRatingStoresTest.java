package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.contract.AbstractItemStatsRepositoryContract;
import dev.cadenza.testing.contract.AbstractLikeRepositoryContract;
import dev.cadenza.testing.contract.AbstractRatingRepositoryContract;
import dev.cadenza.testing.contract.RatingStores;
import org.junit.jupiter.api.Nested;

/** The ratings context's fakes keep the same contracts as the SQL adapter. */
class InMemoryRatingStoresTest {

  static RatingStores stores() {
    InMemorySongRepository songs = new InMemorySongRepository();
    InMemoryAlbumRepository albums = new InMemoryAlbumRepository();
    InMemoryItemStatsRepository stats = new InMemoryItemStatsRepository();
    songs.rankBy(stats.figures(ItemKind.SONG));
    albums.rankBy(stats.figures(ItemKind.ALBUM));
    return new RatingStores(songs, albums, new InMemoryRatingRepository(), new InMemoryLikeRepository(), stats,
        new DirectTransactionRunner());
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
}
