package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.time.Clock;
import dev.cadenza.domain.music.model.SongId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a catalog large enough for the planner to prefer indexes, the repositories' own statements use
 * the trigram indexes for substring search and the b-tree indexes for keyset pages, and a page deep
 * into a listing reads no more rows than the first.
 */
class QueryPlanTest {

  private static final int SONGS = 30_000;

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  private static JdbiSongRepository songs;

  @BeforeAll
  static void fill() {
    new BulkCatalogLoader(DB.jdbi(), Clock.systemUTC(), 7).load(10_000, SONGS, n -> { });
    new BulkRatingLoader(DB.jdbi(), Clock.systemUTC(), 7).load(150_000, 10_000, 50_000, n -> { });
    songs = new JdbiSongRepository(DB.jdbi());
  }

  private static String explainSongs(SongFilter filter, CatalogSort sort, Cursor after, boolean analyze) {
    Where where = JdbiSongRepository.matching(filter);
    if (after != null) {
      CatalogOrder.after(sort, after, where);
    }
    String sql = CatalogOrder.ranked(sort) ? SongDao.rankedSearchSql(where, CatalogOrder.orderBy(sort))
        : SongDao.searchSql(where, CatalogOrder.orderBy(sort));
    return explain(sql, where, analyze);
  }

  private static String explain(String sql, Where where, boolean analyze) {
    List<String> lines = DB.jdbi().withHandle(h -> where.bindTo(h.createQuery(
            (analyze ? "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " : "EXPLAIN ") + sql))
        .bind("limit", 21)
        .mapTo(String.class)
        .list());
    return String.join("\n", lines);
  }

  /** A cursor about half-way through the listing in {@code sort} order. */
  private static Cursor deepCursor(CatalogSort sort) {
    PageRequest request = PageRequest.first(100);
    Page<Song> page = null;
    for (int i = 0; i < SONGS / 2 / 100; i += 25) {
      page = songs.search(SongFilter.all(), sort, request);
      request = request.after(page.next().orElseThrow());
    }
    return request.cursor().orElseThrow();
  }

  @Test
  void titleSubstringSearchUsesTheTrigramIndex() {
    String plan = explainSongs(new SongFilter(null, "reykjav", null, null, null, null), CatalogSort.TITLE, null, false);

    assertThat(plan).contains("songs_title_fold_trgm");
  }

  @Test
  void textSearchUsesTheTrigramIndexesOfTitleAndPerformer() {
    String plan = explainSongs(new SongFilter("reykjav", null, null, null, null, null), CatalogSort.RECENT, null, false);

    assertThat(plan).contains("songs_title_fold_trgm").contains("songs_performer_fold_trgm");
  }

  @Test
  void albumSubstringSearchUsesTheTrigramIndex() {
    Where where = JdbiAlbumRepository.matching(new AlbumFilter(null, "reykjav", null, null));
    String plan = explain(AlbumDao.searchSql(where, CatalogOrder.orderBy(CatalogSort.TITLE)), where, false);

    assertThat(plan).contains("albums_title_fold_trgm");
  }

  @Test
  void deepKeysetPagesWalkTheIndexOfTheirOrderFromTheCursor() {
    for (CatalogSort sort : CatalogSort.values()) {
      String index = switch (sort) {
        case TITLE -> "songs_title_order";
        case YEAR -> "songs_year_order";
        case RECENT -> "songs_pk";
        case RATING -> "song_stats_rating_order";
        case LIKES -> "song_stats_likes_order";
      };
      String first = explainSongs(SongFilter.all(), sort, null, true);
      String deep = explainSongs(SongFilter.all(), sort, deepCursor(sort), true);

      // The page's ids come from a walk of the order's index (index-only where it can be); the
      // only sort allowed is the one of the page's own 21 rows.
      assertThat(first).as(sort + " first page").contains("Scan", index);
      assertThat(onlySortsThePage(first)).as(sort + " first page sorts at most the page: " + first).isTrue();
      assertThat(deep).as(sort + " deep page").contains("Scan", index, "Index Cond")
          .doesNotContain("Rows Removed by Filter");
      assertThat(onlySortsThePage(deep)).as(sort + " deep page sorts at most the page: " + deep).isTrue();
      assertThat(deep).as(sort + " deep page reads only the page and the look-ahead row")
          .containsPattern("Scan[^\\n]*" + index + "[^\\n]*\\(actual rows=21 ");
    }
  }

  @Test
  void chartsWalkTheStatsIndexesAndStopAtTheLimit() {
    for (String sql : List.of(
        "SELECT item_id FROM song_stats WHERE rating_count >= 3 ORDER BY rating_average DESC, rating_count DESC,"
            + " item_id DESC LIMIT :limit",
        "SELECT item_id FROM song_stats WHERE like_count > 0 ORDER BY like_count DESC, item_id DESC LIMIT :limit")) {
      String plan = explain(sql, new Where(), true);
      assertThat(plan).as(sql).contains("Scan Backward using song_stats_").doesNotContain("Sort")
          .containsPattern("Scan Backward[^\\n]*\\(actual rows=21 ");
    }
  }

  @Test
  void searchesArePlannedForTheirValuesEveryTimeWhileFixedStatementsArePrepared() {
    List<String> prepared = DB.jdbi().withHandle(h -> {
      for (int i = 0; i < 10; i++) {
        songs.search(new SongFilter(null, "quetzal", null, null, null, null), CatalogSort.TITLE,
            new PageRequest(20, Optional.empty(), true));
        songs.findById(new SongId(UUID.randomUUID()));
      }
      return h.createQuery("SELECT statement FROM pg_prepared_statements").mapTo(String.class).list();
    });

    assertThat(prepared).as("the driver prepares what runs often, on the same connection")
        .anySatisfy(sql -> assertThat(sql).contains("FROM songs WHERE id = $1"));
    assertThat(prepared).as("but never a search, which a generic plan could make slow")
        .noneSatisfy(sql -> assertThat(sql).contains("LIKE"));
  }

  @Test
  void aDeepPageHoldsWhatWalkingThereFindsNext() {
    Cursor cursor = deepCursor(CatalogSort.TITLE);
    Page<Song> deep = songs.search(SongFilter.all(), CatalogSort.TITLE, PageRequest.first(20).after(cursor));

    assertThat(deep.items()).hasSize(20);
    assertThat(deep.items()).isSortedAccordingTo((a, b) -> {
      int c = Text.fold(a.details().title()).compareTo(Text.fold(b.details().title()));
      return c != 0 ? c : a.id().toString().compareTo(b.id().toString());
    });
  }

  /** Every Sort node of {@code plan} handles at most a page (21 rows: 20 and the look-ahead). */
  private static boolean onlySortsThePage(String plan) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Sort \\(actual rows=(\\d+) ").matcher(plan);
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) > 21) {
        return false;
      }
    }
    return true;
  }
}
