package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.shared.model.AuditQuery;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BulkCatalogLoaderTest {

  private static final int ALBUMS = 300;
  private static final int SONGS = 2 * BulkCatalogLoader.BATCH + 1_234;
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  private static final List<Long> PROGRESS = new ArrayList<>();
  private static BulkCatalogLoader.Result result;

  @BeforeAll
  static void load() {
    result = new BulkCatalogLoader(DB.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC), 42).load(ALBUMS, SONGS, PROGRESS::add);
  }

  private static long count(String sql) {
    return DB.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  void writesTheRequestedRowsAndReportsProgressPerBatch() {
    assertThat(result.albums()).isEqualTo(ALBUMS);
    assertThat(result.songs()).isEqualTo(SONGS);
    assertThat(count("SELECT count(*) FROM albums")).isEqualTo(ALBUMS);
    assertThat(count("SELECT count(*) FROM songs")).isEqualTo(SONGS);
    assertThat(PROGRESS).isSorted().last().isEqualTo((long) ALBUMS + SONGS);
    assertThat(PROGRESS).hasSize(4);
    assertThat(count("SELECT count(*) FROM audit_log")).as("no audit entry per seeded row").isZero();
  }

  @Test
  void putsMostSongsOnAlbumsWithTheAlbumsPerformerAndYear() {
    long onAlbums = count("SELECT count(*) FROM songs WHERE album_id IS NOT NULL");
    assertThat(onAlbums).isBetween(SONGS / 2L, SONGS * 9L / 10);
    assertThat(count("SELECT count(*) FROM songs s JOIN albums a ON a.id = s.album_id"
        + " WHERE s.year <> a.year OR (a.performer IS NOT NULL AND s.performer <> a.performer)")).isZero();
    assertThat(count("SELECT count(DISTINCT title) FROM songs")).isGreaterThan(SONGS / 4);
    assertThat(count("SELECT count(DISTINCT performer) FROM songs")).isGreaterThan(1_000);
    assertThat(count("SELECT count(DISTINCT genre) FROM songs")).isGreaterThan(20);
  }

  @Test
  void storesFoldedTextAndTimesThatEndNow() {
    assertThat(count("SELECT count(*) FROM songs WHERE title_fold <> lower(title) OR performer_fold <> lower(performer)"
        + " OR genre_fold <> lower(genre)")).isZero();
    Instant newest = DB.jdbi().withHandle(h -> h.createQuery("SELECT max(created_at) FROM songs")
        .mapTo(java.time.OffsetDateTime.class).one()).toInstant();
    assertThat(newest).isBefore(NOW).isAfter(NOW.minusSeconds(60));
  }

  @Test
  void seededSongsAreFoundBySearches() {
    Jdbi jdbi = DB.jdbi();
    JdbiSongRepository songs = new JdbiSongRepository(jdbi);

    Page<Song> love = songs.search(new SongFilter("LOVE", null, null, null, null, null), CatalogSort.TITLE,
        new PageRequest(50, Optional.empty(), true));
    assertThat(love.total().orElseThrow()).isGreaterThan(SONGS / 100);
    assertThat(love.items()).hasSize(50).allSatisfy(s -> assertThat(
        (s.details().title() + " " + s.details().performer()).toLowerCase()).contains("love"));

    Page<Song> jazz = songs.search(new SongFilter(null, null, null, "jazz", null, null), CatalogSort.YEAR,
        PageRequest.first(20));
    assertThat(jazz.items()).hasSize(20).allSatisfy(s -> assertThat(s.details().genre()).isEqualTo("Jazz"));

    Song any = jazz.items().get(0);
    assertThat(songs.findById(any.id())).contains(any);
    assertThat(new JdbiAuditLog(jdbi).find(AuditQuery.all(), PageRequest.first(1)).items()).isEmpty();
  }
}
