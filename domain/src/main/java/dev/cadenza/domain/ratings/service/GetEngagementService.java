package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.port.in.GetEngagementUseCase;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import dev.cadenza.domain.ratings.port.out.LikeRepository;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class GetEngagementService implements GetEngagementUseCase {

  private final LikeRepository likes;
  private final ItemStatsRepository stats;

  public GetEngagementService(LikeRepository likes, ItemStatsRepository stats) {
    this.likes = likes;
    this.stats = stats;
  }

  @Override
  public Map<CatalogItem, Engagement> getEngagement(Actor actor, Collection<CatalogItem> items) {
    List<CatalogItem> distinct = items.stream().distinct().toList();
    Map<CatalogItem, Engagement> result = new LinkedHashMap<>();
    if (distinct.isEmpty()) {
      return result;
    }
    Map<CatalogItem, ItemStats> figures = stats.find(distinct);
    Optional<Set<CatalogItem>> liked = actor.userId().map(user -> likes.likedBy(user, distinct));
    for (CatalogItem item : distinct) {
      result.put(item, new Engagement(figures.getOrDefault(item, ItemStats.none(item)),
          liked.map(set -> set.contains(item))));
    }
    return result;
  }
}
