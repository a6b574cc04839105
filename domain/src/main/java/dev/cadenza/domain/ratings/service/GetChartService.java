package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.music.port.in.GetAlbumUseCase;
import dev.cadenza.domain.music.port.in.GetSongUseCase;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Chart;
import dev.cadenza.domain.ratings.model.ChartEntry;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.port.in.ChartQuery;
import dev.cadenza.domain.ratings.port.in.GetChartUseCase;
import dev.cadenza.domain.ratings.port.out.ItemStatsRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Charts from the kept figures (an index walk, no aggregation), named through the music context's
 * incoming ports. An item deleted since the figures were read is left out and the ranks close up.
 */
public final class GetChartService implements GetChartUseCase {

  private final ItemStatsRepository stats;
  private final CatalogItems items;
  private final int minimumRatings;

  /** @param minimumRatings how many ratings an item needs to chart by rating (at least 1) */
  public GetChartService(ItemStatsRepository stats, GetSongUseCase songs, GetAlbumUseCase albums,
                         int minimumRatings) {
    if (minimumRatings < 1) {
      throw new IllegalArgumentException("the minimum number of ratings must be at least 1");
    }
    this.stats = stats;
    this.items = new CatalogItems(songs, albums);
    this.minimumRatings = minimumRatings;
  }

  @Override
  public Chart getChart(ChartQuery query) {
    List<ItemStats> top = stats.top(query.kind(), query.by(), minimumRatings, query.limit());
    Map<CatalogItem, CatalogItems.Names> named = items.namesOfExisting(top.stream().map(ItemStats::item).toList());
    List<ChartEntry> entries = new ArrayList<>();
    for (ItemStats figures : top) {
      CatalogItems.Names names = named.get(figures.item());
      if (names != null) {
        entries.add(new ChartEntry(entries.size() + 1, figures, names.title(), names.performer()));
      }
    }
    return new Chart(query.kind(), query.by(), minimumRatings, entries);
  }
}
