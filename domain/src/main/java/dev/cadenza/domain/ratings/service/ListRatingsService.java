package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.music.port.in.GetAlbumUseCase;
import dev.cadenza.domain.music.port.in.GetSongUseCase;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.port.in.ListRatingsQuery;
import dev.cadenza.domain.ratings.port.in.ListRatingsUseCase;
import dev.cadenza.domain.ratings.port.out.RatingRepository;
import dev.cadenza.domain.shared.model.Page;

public final class ListRatingsService implements ListRatingsUseCase {

  private final RatingRepository ratings;
  private final CatalogItems items;

  public ListRatingsService(RatingRepository ratings, GetSongUseCase songs, GetAlbumUseCase albums) {
    this.ratings = ratings;
    this.items = new CatalogItems(songs, albums);
  }

  @Override
  public Page<Rating> listRatings(ListRatingsQuery query) {
    items.requireExists(query.item());
    return ratings.list(query.item(), query.page());
  }
}
