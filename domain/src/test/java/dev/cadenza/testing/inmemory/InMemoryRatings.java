package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.port.in.RatingsAndLikes;
import dev.cadenza.domain.ratings.service.RatingsServices;
import java.time.Clock;

/**
 * The ratings context on in-memory adapters, over an {@link InMemoryCatalog} (whose song and album
 * fakes then order by these figures). Exposes the fakes so tests can look inside.
 */
public final class InMemoryRatings {

  public final InMemoryCatalog catalog;
  public final InMemoryRatingRepository ratings = new InMemoryRatingRepository();
  public final InMemoryLikeRepository likes = new InMemoryLikeRepository();
  public final InMemoryItemStatsRepository stats = new InMemoryItemStatsRepository();
  public final RatingsAndLikes useCases;

  public InMemoryRatings(InMemoryCatalog catalog, Clock clock, int minimumRatingsToChart) {
    this.catalog = catalog;
    catalog.songs.rankBy(stats.figures(ItemKind.SONG));
    catalog.albums.rankBy(stats.figures(ItemKind.ALBUM));
    this.useCases = RatingsServices.create(new RatingsServices.Ports(ratings, likes, stats,
        catalog.useCases.getSong(), catalog.useCases.getAlbum(), catalog.tx, clock, minimumRatingsToChart));
  }
}
