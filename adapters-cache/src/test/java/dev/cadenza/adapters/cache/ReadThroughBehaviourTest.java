package dev.cadenza.adapters.cache;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Chart;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ChartEntry;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.model.RatingSummary;
import dev.cadenza.domain.ratings.port.in.ChartQuery;
import dev.cadenza.domain.shared.model.ReadSource;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.testing.inmemory.InMemoryItemStatsRepository;
import dev.cadenza.testing.inmemory.InMemoryLikeRepository;
import dev.cadenza.testing.inmemory.InMemorySongRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How the read-through cache behaves, on both stores. */
class ReadThroughBehaviourTest {

  @Nested
  class InProcess extends Behaviour {
    InProcess() {
      super(CacheStores.IN_PROCESS);
    }
  }

  @Nested
  class OnRedis extends Behaviour {
    OnRedis() {
      super(CacheStores.REDIS);
    }
  }

  /** A song store that counts reads and can hold them up. */
  static final class CountingSongs extends ForwardingSongRepository {
    final AtomicInteger reads = new AtomicInteger();
    final AtomicInteger searches = new AtomicInteger();
    final AtomicInteger counts = new AtomicInteger();
    volatile CountDownLatch readDone;
    volatile CountDownLatch proceed;
    volatile long delayMillis;

    CountingSongs(InMemorySongRepository store) {
      super(store);
    }

    @Override
    public Page<Song> search(SongFilter filter, CatalogSort sort, PageRequest page) {
      searches.incrementAndGet();
      return super.search(filter, sort, page);
    }

    @Override
    public Map<AlbumId, Long> countByAlbum(Collection<AlbumId> albumIds) {
      counts.incrementAndGet();
      return super.countByAlbum(albumIds);
    }

    @Override
    public Optional<Song> findById(SongId id) {
      reads.incrementAndGet();
      Optional<Song> found = super.findById(id);
      try {
        if (readDone != null) {
          readDone.countDown();
          proceed.await(10, TimeUnit.SECONDS);
        }
        if (delayMillis > 0) {
          Thread.sleep(delayMillis);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return found;
    }
  }

  abstract static class Behaviour {
    final CacheStores.Fixture f;
    final CountingSongs store = new CountingSongs(new InMemorySongRepository());
    final CachingSongRepository songs;

    Behaviour(CacheStores kind) {
      this.f = kind.fixture();
      this.songs = new CachingSongRepository(store, f.cache(), CacheStores.TTL, CacheStores.TTL);
    }

    private java.util.List<String> titles(SongFilter filter, CatalogSort sort) {
      return songs.search(filter, sort, PageRequest.first(10)).items().stream().map(s -> s.details().title())
          .toList();
    }

    Song stored() {
      Song song = aSong().id(SongId.generate(Clock.systemUTC())).title("Before").build();
      f.tx().inTransaction(() -> songs.add(song));
      return song;
    }

    Song renamed(Song song, String title) {
      return new Song(song.id(), aSong().title(title).details(), song.version() + 1, song.createdAt(),
          Instant.parse("2026-07-01T00:00:00Z"));
    }

    @Test
    void aSecondReadComesFromTheCacheAndEachReadSaysWhereItCameFrom() {
      Song song = stored();
      f.sources().clear();

      assertThat(songs.findById(song.id())).contains(song);
      assertThat(songs.findById(song.id())).contains(song);

      assertThat(store.reads).hasValue(1);
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE, ReadSource.CACHE);
      assertThat(f.metrics().hitCount()).isEqualTo(1);
    }

    @Test
    void aRepeatedSearchComesFromTheCacheUntilAnySongChanges() {
      Song song = stored();
      SongFilter byTitle = new SongFilter(null, "bef", null, null, null, null);
      f.sources().clear();

      assertThat(titles(byTitle, CatalogSort.TITLE)).containsExactly("Before");
      assertThat(titles(byTitle, CatalogSort.TITLE)).containsExactly("Before");
      assertThat(store.searches).hasValue(1);
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE, ReadSource.CACHE);

      Song other = aSong().id(SongId.generate(Clock.systemUTC())).title("Before dawn").build();
      f.tx().inTransaction(() -> songs.add(other));
      assertThat(titles(byTitle, CatalogSort.TITLE)).as("a new song retires every cached page at once")
          .containsExactly("Before", "Before dawn");
      f.tx().inTransaction(() -> songs.update(renamed(song, "After")));
      assertThat(titles(byTitle, CatalogSort.TITLE)).containsExactly("Before dawn");
      f.tx().inTransaction(() -> songs.remove(other.id()));
      assertThat(titles(byTitle, CatalogSort.TITLE)).isEmpty();
      assertThat(store.searches).hasValue(4);
    }

    @Test
    void albumSongCountsComeFromTheCacheUntilAnySongChanges() {
      AlbumId first = AlbumId.generate(Clock.systemUTC());
      AlbumId second = AlbumId.generate(Clock.systemUTC());
      Song song = aSong().id(SongId.generate(Clock.systemUTC())).title("Moving").album(first).build();
      f.tx().inTransaction(() -> songs.add(song));
      f.sources().clear();

      assertThat(songs.countByAlbum(List.of(first, second))).isEqualTo(Map.of(first, 1L, second, 0L));
      assertThat(songs.countByAlbum(List.of(second, first))).isEqualTo(Map.of(first, 1L, second, 0L));
      assertThat(store.counts).hasValue(1);
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE, ReadSource.CACHE);

      Song moved = new Song(song.id(), aSong().title("Moving").album(second).details(), song.version() + 1,
          song.createdAt(), Instant.parse("2026-07-01T00:00:00Z"));
      f.tx().inTransaction(() -> songs.update(moved));
      assertThat(songs.countByAlbum(List.of(first, second))).as("both albums' counts change at once")
          .isEqualTo(Map.of(first, 0L, second, 1L));
      f.tx().inTransaction(() -> songs.remove(song.id()));
      assertThat(songs.countByAlbum(List.of(second))).isEqualTo(Map.of(second, 0L));
      assertThat(store.counts).hasValue(3);
      f.tx().inTransaction(() -> songs.countByAlbum(List.of(second)));
      assertThat(store.counts).as("inside a transaction the database answers").hasValue(4);
    }

    @Test
    void searchesInATransactionGoToTheDatabase() {
      stored();
      SongFilter all = SongFilter.all();
      f.tx().inTransaction(() -> titles(all, CatalogSort.TITLE));
      f.tx().inTransaction(() -> titles(all, CatalogSort.TITLE));

      assertThat(store.searches).hasValue(2);
    }

    @Test
    void pagesByFiguresAreRetiredByAnySongsRatingOrLikeButPagesByTitleAreNot() {
      Song song = stored();
      CachingItemStatsRepository stats = new CachingItemStatsRepository(new InMemoryItemStatsRepository(), f.cache(),
          CacheStores.TTL);
      SongFilter all = SongFilter.all();
      titles(all, CatalogSort.RATING);
      titles(all, CatalogSort.RATING);
      titles(all, CatalogSort.TITLE);
      titles(all, CatalogSort.TITLE);
      assertThat(store.searches).hasValue(2);

      f.tx().inTransaction(() -> stats.adjustRatings(CatalogItem.song(song.id()), 1, 9));
      titles(all, CatalogSort.RATING);
      titles(all, CatalogSort.TITLE);
      assertThat(store.searches).as("only the page by rating was loaded again").hasValue(3);

      f.tx().inTransaction(() -> stats.adjustLikes(CatalogItem.song(song.id()), 1));
      titles(all, CatalogSort.LIKES);
      titles(all, CatalogSort.LIKES);
      titles(all, CatalogSort.RATING);
      assertThat(store.searches).hasValue(5);
    }

    @Test
    void differentSearchesHaveDifferentEntries() {
      stored();
      Song second = aSong().id(SongId.generate(Clock.systemUTC())).title("Second").performer("Other").build();
      f.tx().inTransaction(() -> songs.add(second));

      assertThat(titles(new SongFilter(null, "sec", null, null, null, null), CatalogSort.TITLE))
          .containsExactly("Second");
      assertThat(titles(new SongFilter(null, "bef", null, null, null, null), CatalogSort.TITLE))
          .containsExactly("Before");
      assertThat(titles(new SongFilter(null, null, "other", null, null, null), CatalogSort.TITLE))
          .containsExactly("Second");
      assertThat(songs.search(SongFilter.all(), CatalogSort.TITLE, PageRequest.first(1)).items()).hasSize(1);
      assertThat(songs.search(SongFilter.all(), CatalogSort.TITLE, PageRequest.first(2)).items()).hasSize(2);
      assertThat(songs.search(SongFilter.all(), CatalogSort.TITLE, new PageRequest(2, java.util.Optional.empty(),
          true)).total()).hasValue(2);
    }

    @Test
    void aHitReusesTheValueDecodedFromTheSameTextAndDecodesAChangedTextAgain() {
      Song song = stored();
      songs.findById(song.id());
      Song first = songs.findById(song.id()).orElseThrow();
      assertThat(songs.findById(song.id()).orElseThrow()).as("same text, same decoded value").isSameAs(first);

      // another instance's write lands in the shared store without passing through this cache
      Song elsewhere = renamed(song, "Written elsewhere");
      String key = CachingSongRepository.key(song.id());
      CacheStore.Entry entry = f.store().fetch(java.util.List.of(key)).get(0);
      f.store().store(key, CacheDocuments.SONG.encode(elsewhere), entry.token(), CacheStores.TTL);
      f.sources().clear();

      Song read = songs.findById(song.id()).orElseThrow();
      assertThat(read.details().title()).isEqualTo("Written elsewhere");
      assertThat(read.version()).isEqualTo(song.version() + 1);
      assertThat(f.sources()).containsExactly(ReadSource.CACHE);
      assertThat(store.reads).hasValue(1);
    }

    @Test
    void aCommittedChangeIsReadFromTheDatabaseAtOnce() {
      Song song = stored();
      songs.findById(song.id());
      Song next = renamed(song, "After");

      f.tx().inTransaction(() -> songs.update(next));
      f.sources().clear();

      assertThat(songs.findById(song.id())).contains(next);
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE);
      assertThat(songs.findById(song.id())).contains(next);
    }

    @Test
    void aChangeThatRollsBackEvictsNothing() {
      Song song = stored();
      songs.findById(song.id());
      assertThatThrownBy(() -> f.tx().inTransaction(() -> {
        songs.findById(song.id());
        throw new IllegalStateException("rolled back");
      })).isInstanceOf(IllegalStateException.class);
      f.sources().clear();

      songs.findById(song.id());
      assertThat(f.sources()).containsExactly(ReadSource.CACHE);
    }

    @Test
    void readsInsideATransactionGoToTheDatabaseAndCacheNothing() {
      Song song = stored();
      f.tx().inTransaction(() -> songs.findById(song.id()));
      f.tx().inTransaction(() -> songs.findById(song.id()));

      assertThat(store.reads).hasValue(2);
      f.sources().clear();
      songs.findById(song.id());
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE);
    }

    @Test
    void concurrentMissesOfOneKeyLoadItOnce() throws Exception {
      Song song = stored();
      store.delayMillis = 300;
      int readers = 16;
      ExecutorService pool = Executors.newFixedThreadPool(readers);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Optional<Song>>> results = new ArrayList<>();
      try {
        for (int i = 0; i < readers; i++) {
          results.add(pool.submit(() -> {
            start.await();
            return songs.findById(song.id());
          }));
        }
        start.countDown();
        for (Future<Optional<Song>> r : results) {
          assertThat(r.get(10, TimeUnit.SECONDS)).contains(song);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(store.reads).hasValue(1);
      assertThat(f.metrics().loadCount()).isEqualTo(1);
    }

    @Test
    void aLoadThatReadTheOldRowBeforeAnEvictionDoesNotCacheIt() throws Exception {
      Song song = stored();
      store.readDone = new CountDownLatch(1);
      store.proceed = new CountDownLatch(1);
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<Optional<Song>> slowReader = pool.submit(() -> songs.findById(song.id()));
        assertThat(store.readDone.await(10, TimeUnit.SECONDS)).isTrue();
        store.readDone = null;
        Song next = renamed(song, "After");
        f.tx().inTransaction(() -> songs.update(next));
        store.proceed.countDown();
        assertThat(slowReader.get(10, TimeUnit.SECONDS)).contains(song);

        assertThat(songs.findById(song.id())).as("the old row was not cached").contains(next);
      } finally {
        pool.shutdownNow();
      }
    }

    @Test
    void manySongsAreOneRoundTripAndOnlyTheMissesAreLoaded() {
      Song a = stored();
      Song b = stored();
      Song c = stored();
      songs.findById(a.id());
      store.reads.set(0);
      f.sources().clear();

      assertThat(songs.findAllById(List.of(a.id(), b.id(), c.id(), SongId.generate(Clock.systemUTC()))))
          .containsOnlyKeys(a.id(), b.id(), c.id()).containsEntry(b.id(), b);

      assertThat(store.reads).as("b, c and the unknown id are loaded; a is not").hasValue(3);
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE);
      f.sources().clear();
      assertThat(songs.findAllById(List.of(c.id(), b.id(), a.id()))).containsEntry(c.id(), c).hasSize(3);
      assertThat(store.reads).hasValue(3);
      assertThat(f.sources()).containsExactly(ReadSource.CACHE);

      Song renamed = renamed(b, "After");
      f.tx().inTransaction(() -> songs.update(renamed));
      assertThat(songs.findAllById(List.of(a.id(), b.id())).get(b.id()).details().title()).isEqualTo("After");
    }

    @Test
    void aPageOfFiguresIsOneRoundTripAndLoadsOnlyTheMisses() {
      InMemoryItemStatsRepository figures = new InMemoryItemStatsRepository();
      AtomicInteger loads = new AtomicInteger();
      CachingItemStatsRepository stats = new CachingItemStatsRepository(new ForwardingItemStats(figures) {
        @Override
        public Map<CatalogItem, ItemStats> find(java.util.Collection<CatalogItem> items) {
          loads.addAndGet(items.size());
          return super.find(items);
        }
      }, f.cache(), CacheStores.TTL);
      CatalogItem a = new CatalogItem(ItemKind.SONG, UUID.randomUUID());
      CatalogItem b = new CatalogItem(ItemKind.ALBUM, UUID.randomUUID());
      f.tx().inTransaction(() -> stats.adjustRatings(a, 1, 9));
      stats.find(List.of(a));
      loads.set(0);
      f.sources().clear();

      Map<CatalogItem, ItemStats> page = stats.find(List.of(a, b));

      assertThat(loads).hasValue(1);
      assertThat(page.get(a)).isEqualTo(new ItemStats(a, new RatingSummary(1, 9), 0));
      assertThat(page.get(b)).isEqualTo(ItemStats.none(b));
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE);
      f.sources().clear();
      stats.find(List.of(b, a));
      assertThat(f.sources()).containsExactly(ReadSource.CACHE);
    }

    @Test
    void chartsAreCachedWholeWithTheirNamesForTheirTtlAndNotEvicted() throws Exception {
      InMemoryItemStatsRepository figures = new InMemoryItemStatsRepository();
      CachingItemStatsRepository stats = new CachingItemStatsRepository(figures, f.cache(), CacheStores.TTL);
      NamedCharts domain = new NamedCharts(stats);
      CachingChartQuery charts = new CachingChartQuery(domain, f.cache(), Duration.ofMillis(700),
          NamedCharts.MINIMUM_RATINGS);
      CatalogItem a = new CatalogItem(ItemKind.SONG, UUID.randomUUID());
      CatalogItem b = new CatalogItem(ItemKind.SONG, UUID.randomUUID());
      domain.titles.put(a, "A");
      domain.titles.put(b, "B");
      f.tx().inTransaction(() -> stats.adjustLikes(a, 1));
      Chart first = charts.getChart(new ChartQuery(ItemKind.SONG, ChartBy.LIKES, 10));
      assertThat(first.entries()).extracting(ChartEntry::item, ChartEntry::title, ChartEntry::rank)
          .containsExactly(tuple(a, "A", 1));
      assertThat(domain.limits).as("the whole chart is made once, whatever the limit asked")
          .containsExactly(ChartQuery.MAX_LIMIT);

      f.tx().inTransaction(() -> {
        stats.adjustLikes(b, 1);
        stats.adjustLikes(b, 1);
      });
      domain.titles.put(a, "A, renamed");
      f.sources().clear();
      Chart lagging = charts.getChart(new ChartQuery(ItemKind.SONG, ChartBy.LIKES, 10));
      assertThat(lagging).as("within the TTL the chart lags, names included").isEqualTo(first);
      assertThat(f.sources()).containsExactly(ReadSource.CACHE);
      assertThat(stats.find(List.of(b)).get(b).likes()).as("the figures themselves are fresh").isEqualTo(2);
      assertThat(domain.made).hasValue(1);

      Thread.sleep(900);
      Chart fresh = charts.getChart(new ChartQuery(ItemKind.SONG, ChartBy.LIKES, 10));
      assertThat(fresh.entries()).extracting(ChartEntry::item, ChartEntry::title, ChartEntry::rank)
          .containsExactly(tuple(b, "B", 1), tuple(a, "A, renamed", 2));
      assertThat(fresh.entries().get(0).stats().likes()).isEqualTo(2);
      assertThat(fresh.entries().get(0).performer()).isEqualTo("performer of B");
      Chart top = charts.getChart(new ChartQuery(ItemKind.SONG, ChartBy.LIKES, 1));
      assertThat(top.entries()).as("a shorter chart is the first ranks of the cached one")
          .extracting(ChartEntry::item, ChartEntry::rank).containsExactly(tuple(b, 1));
      assertThat(top.kind()).isEqualTo(ItemKind.SONG);
      assertThat(top.by()).isEqualTo(ChartBy.LIKES);
      assertThat(top.minimumRatings()).isEqualTo(NamedCharts.MINIMUM_RATINGS);
      assertThat(charts.getChart(new ChartQuery(ItemKind.SONG, ChartBy.LIKES, 1))).isEqualTo(top);
      assertThat(charts.getChart(new ChartQuery(ItemKind.ALBUM, ChartBy.LIKES, 10)).entries())
          .as("each kind and order is its own chart").isEmpty();
      assertThat(domain.made).hasValue(3);
    }

    @Test
    void aDeletedItemLeavesTheChartWithinTheTtlAndTheRanksCloseUp() throws Exception {
      InMemoryItemStatsRepository figures = new InMemoryItemStatsRepository();
      NamedCharts domain = new NamedCharts(figures);
      CachingChartQuery charts = new CachingChartQuery(domain, f.cache(), Duration.ofMillis(500),
          NamedCharts.MINIMUM_RATINGS);
      CatalogItem a = new CatalogItem(ItemKind.ALBUM, UUID.randomUUID());
      CatalogItem b = new CatalogItem(ItemKind.ALBUM, UUID.randomUUID());
      figures.adjustRatings(a, 3, 30);
      figures.adjustRatings(b, 3, 27);
      domain.titles.put(a, "A");
      domain.titles.put(b, "B");
      ChartQuery query = new ChartQuery(ItemKind.ALBUM, ChartBy.RATING, 20);
      assertThat(charts.getChart(query).entries()).extracting(ChartEntry::item).containsExactly(a, b);

      domain.titles.remove(a);
      Thread.sleep(700);
      assertThat(charts.getChart(query).entries()).extracting(ChartEntry::item, ChartEntry::rank)
          .containsExactly(tuple(b, 1));
    }

    @Test
    void aChartReadInATransactionIsMadeByTheDomain() {
      NamedCharts domain = new NamedCharts(new InMemoryItemStatsRepository());
      CachingChartQuery charts = new CachingChartQuery(domain, f.cache(), Duration.ofMinutes(1),
          NamedCharts.MINIMUM_RATINGS);
      ChartQuery query = new ChartQuery(ItemKind.SONG, ChartBy.RATING, 5);
      charts.getChart(query);
      charts.getChart(query);
      assertThat(domain.made).hasValue(1);
      f.tx().inTransaction(() -> charts.getChart(query));
      assertThat(domain.made).hasValue(2);
    }

    @Test
    void likedByMeIsCachedPerUserAndEvictedByALike() {
      CachingLikeRepository likes = new CachingLikeRepository(new InMemoryLikeRepository(), f.cache(),
          CacheStores.TTL);
      CatalogItem item = new CatalogItem(ItemKind.SONG, UUID.randomUUID());
      UserId ada = new UserId(UUID.randomUUID());
      assertThat(likes.likedBy(ada, List.of(item))).isEmpty();

      f.tx().inTransaction(() -> likes.add(item, ada, Instant.now()));

      assertThat(likes.likedBy(ada, List.of(item))).containsExactly(item);
      f.sources().clear();
      assertThat(likes.likedBy(ada, List.of(item))).containsExactly(item);
      assertThat(f.sources()).containsExactly(ReadSource.CACHE);
    }
  }
}
