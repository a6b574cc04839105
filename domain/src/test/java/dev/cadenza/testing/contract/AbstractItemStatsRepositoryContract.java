package dev.cadenza.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.model.RatingSummary;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.testing.inmemory.KeysetOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.cadenza.domain.ratings.port.out.ItemStatsRepository} must do, including the
 * catalog orders {@code rating} and {@code likes} that read its figures.
 */
public abstract class AbstractItemStatsRepositoryContract extends RatingContractSupport {

  private void rate(CatalogItem item, int... scores) {
    stores.tx().inTransaction(() -> {
      for (int score : scores) {
        stores.stats().adjustRatings(item, 1, score);
      }
    });
  }

  private void like(CatalogItem item, int times) {
    stores.tx().inTransaction(() -> {
      for (int i = 0; i < times; i++) {
        stores.stats().adjustLikes(item, 1);
      }
    });
  }

  private ItemStats statsOf(CatalogItem item) {
    return stores.stats().find(List.of(item)).get(item);
  }

  @Test
  void itemsWithoutRatingsOrLikesHaveZeroFigures() {
    CatalogItem song = storedSong();
    CatalogItem unknown = new CatalogItem(ItemKind.SONG, UUID.randomUUID());

    assertThat(stores.stats().find(List.of(song, unknown)))
        .containsEntry(song, ItemStats.none(song))
        .containsEntry(unknown, ItemStats.none(unknown));
  }

  @Test
  void deltasAddUpAndRatingsAndLikesStaySeparate() {
    CatalogItem song = storedSong();
    CatalogItem album = storedAlbum();
    rate(song, 7, 8, 10);
    stores.tx().inTransaction(() -> stores.stats().adjustRatings(song, 0, -2));
    like(song, 2);
    stores.tx().inTransaction(() -> stores.stats().adjustLikes(song, -1));
    rate(album, 5);

    assertThat(statsOf(song)).isEqualTo(new ItemStats(song, new RatingSummary(3, 23), 1));
    assertThat(statsOf(song).rating().average()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("7.67"));
    assertThat(statsOf(album)).isEqualTo(new ItemStats(album, new RatingSummary(1, 5), 0));
    stores.tx().inTransaction(() -> stores.stats().adjustRatings(album, -1, -5));
    assertThat(statsOf(album)).isEqualTo(ItemStats.none(album));
  }

  @Test
  void ratingChartNeedsTheMinimumCountAndBreaksTiesByCountThenId() {
    CatalogItem loner = storedSong();
    CatalogItem good = storedSong();
    CatalogItem best = storedSong();
    CatalogItem goodTooMoreVotes = storedSong();
    CatalogItem album = storedAlbum();
    rate(loner, 10);
    rate(good, 8, 8, 8);
    rate(best, 9, 9, 10);
    rate(goodTooMoreVotes, 8, 8, 8, 8);
    rate(album, 10, 10, 10);

    List<CatalogItem> top = stores.stats().top(ItemKind.SONG, ChartBy.RATING, 3, 10).stream()
        .map(ItemStats::item).toList();

    assertThat(top).containsExactly(best, goodTooMoreVotes, good);
    assertThat(stores.stats().top(ItemKind.SONG, ChartBy.RATING, 1, 2)).extracting(ItemStats::item)
        .containsExactly(loner, best);
    assertThat(stores.stats().top(ItemKind.ALBUM, ChartBy.RATING, 3, 10)).extracting(ItemStats::item)
        .containsExactly(album);
  }

  @Test
  void likesChartLeavesOutUnlikedItems() {
    CatalogItem a = storedSong();
    CatalogItem b = storedSong();
    storedSong();
    like(a, 1);
    like(b, 3);

    assertThat(stores.stats().top(ItemKind.SONG, ChartBy.LIKES, 3, 10)).extracting(ItemStats::item)
        .containsExactly(b, a);
  }

  @Test
  void catalogOrdersByRatingAndLikesWalkEveryItemOnceBestFirst() {
    List<CatalogItem> songs = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      CatalogItem song = storedSong();
      songs.add(song);
      if (i % 3 != 0) {
        rate(song, 1 + (i % 4), 1 + (i % 5));
      }
      like(song, i % 4);
    }
    for (CatalogSort sort : List.of(CatalogSort.RATING, CatalogSort.LIKES)) {
      List<UUID> walked = walkSongs(sort, 2);
      Comparator<UUID> expected = sort == CatalogSort.RATING
          ? Comparator.<UUID, java.math.BigDecimal>comparing(id -> statsOf(song(id)).rating().rankingAverage())
              .thenComparingLong(id -> statsOf(song(id)).rating().count())
              .thenComparing(KeysetOrder.UUIDS).reversed()
          : Comparator.<UUID>comparingLong(id -> statsOf(song(id)).likes())
              .thenComparing(KeysetOrder.UUIDS).reversed();
      assertThat(walked).as(sort.name())
          .containsExactlyElementsOf(songs.stream().map(CatalogItem::id).sorted(expected).toList());
    }
  }

  @Test
  void albumsOrderByRatingToo() {
    CatalogItem unrated = storedAlbum();
    CatalogItem fine = storedAlbum();
    CatalogItem great = storedAlbum();
    rate(fine, 6);
    rate(great, 9, 8);

    List<UUID> ids = new ArrayList<>();
    PageRequest request = PageRequest.first(1);
    for (int guard = 0; guard < 10; guard++) {
      var page = stores.albums().search(AlbumFilter.all(), CatalogSort.RATING, request);
      page.items().forEach(a -> ids.add(a.id().value()));
      if (page.next().isEmpty()) {
        break;
      }
      request = request.after(page.next().get());
    }
    assertThat(ids).containsExactly(great.id(), fine.id(), unrated.id());
  }

  private static CatalogItem song(UUID id) {
    return new CatalogItem(ItemKind.SONG, id);
  }

  private List<UUID> walkSongs(CatalogSort sort, int pageSize) {
    List<UUID> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(pageSize);
    Function<PageRequest, Page<dev.cadenza.domain.music.model.Song>> search =
        r -> stores.songs().search(SongFilter.all(), sort, r);
    for (int guard = 0; guard < 100; guard++) {
      var page = search.apply(request);
      page.items().forEach(s -> seen.add(s.id().value()));
      if (page.next().isEmpty()) {
        return seen;
      }
      request = request.after(page.next().get());
    }
    throw new AssertionError("pagination does not end");
  }
}
