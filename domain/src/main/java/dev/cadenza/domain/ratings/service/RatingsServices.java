package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.music.port.in.GetAlbumUseCase;
import dev.cadenza.domain.music.port.in.GetSongUseCase;
import dev.cadenza.domain.ratings.port.in.RatingsAndLikes;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import dev.cadenza.domain.ratings.port.out.LikeRepository;
import dev.cadenza.domain.ratings.port.out.RatingRepository;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.util.Objects;

/** Wires every ratings use case over the given outgoing ports and the music context's queries. */
public final class RatingsServices {

  /** Ratings an item needs to chart by rating unless configured otherwise. */
  public static final int DEFAULT_MINIMUM_RATINGS = 3;

  private RatingsServices() {
  }

  /**
   * The outgoing ports of the ratings context, the music queries it asks (whether an item exists,
   * what it is called), and how many ratings an item needs to chart.
   */
  public record Ports(RatingRepository ratings, LikeRepository likes, ItemStatsRepository stats,
                      GetSongUseCase songs, GetAlbumUseCase albums, TransactionRunner tx, Clock clock,
                      int minimumRatingsToChart) {
    public Ports {
      Objects.requireNonNull(ratings, "ratings");
      Objects.requireNonNull(likes, "likes");
      Objects.requireNonNull(stats, "stats");
      Objects.requireNonNull(songs, "songs");
      Objects.requireNonNull(albums, "albums");
      Objects.requireNonNull(tx, "tx");
      Objects.requireNonNull(clock, "clock");
    }
  }

  public static RatingsAndLikes create(Ports p) {
    return new RatingsAndLikes(
        new RateItemService(p.ratings(), p.stats(), p.songs(), p.albums(), p.tx(), p.clock()),
        new GetRatingService(p.ratings()),
        new UpdateRatingService(p.ratings(), p.stats(), p.tx(), p.clock()),
        new DeleteRatingService(p.ratings(), p.stats(), p.tx()),
        new ListRatingsService(p.ratings(), p.songs(), p.albums()),
        new LikeItemService(p.likes(), p.stats(), p.songs(), p.albums(), p.tx(), p.clock()),
        new UnlikeItemService(p.likes(), p.stats(), p.songs(), p.albums(), p.tx()),
        new GetLikesService(p.likes(), p.stats(), p.songs(), p.albums()),
        new GetEngagementService(p.likes(), p.stats()),
        new GetChartService(p.stats(), p.songs(), p.albums(), p.minimumRatingsToChart()));
  }
}
