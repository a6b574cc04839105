package dev.cadenza.testing.contract;

import static dev.cadenza.testing.builders.AlbumBuilder.anAlbum;
import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.InvalidCursorException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SongRepository} must do. An adapter's test extends this class and returns
 * fresh, empty stores from {@link #newStores()}.
 */
public abstract class AbstractSongRepositoryContract {

  protected SongRepository songs;
  protected AlbumRepository albums;
  protected TransactionRunner tx;

  /** Empty storage for one test. */
  protected abstract CatalogStores newStores();

  @BeforeEach
  void freshStores() {
    CatalogStores stores = newStores();
    songs = stores.songs();
    albums = stores.albums();
    tx = stores.tx();
  }

  private static SongId newId() {
    return SongId.generate(Clock.systemUTC());
  }

  private Song stored(Song song) {
    tx.inTransaction(() -> songs.add(song));
    return song;
  }

  private Album storedAlbum(Album album) {
    tx.inTransaction(() -> albums.add(album));
    return album;
  }

  private List<Song> all(SongFilter filter, CatalogSort sort, int pageSize) {
    List<Song> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(pageSize);
    for (int guard = 0; guard < 1000; guard++) {
      Page<Song> page = songs.search(filter, sort, request);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize);
      seen.addAll(page.items());
      if (page.next().isEmpty()) {
        return seen;
      }
      request = request.after(page.next().get());
    }
    throw new AssertionError("pagination does not end");
  }

  private static List<SongId> ids(List<Song> list) {
    return list.stream().map(Song::id).toList();
  }

  @Test
  void storesAndFindsASongWithEveryField() {
    Album album = storedAlbum(anAlbum().build());
    Song song = stored(aSong().id(newId()).title("So What").performer("Miles Davis").genre("Jazz").year(1959)
        .durationSeconds(562).album(album.id()).at(Instant.parse("2026-03-04T05:06:07.654321Z")).build());

    assertThat(songs.findById(song.id())).contains(song);
  }

  @Test
  void optionalFieldsMayBeEmpty() {
    Song song = stored(aSong().id(newId()).durationSeconds(null).album(null).build());

    Song found = songs.findById(song.id()).orElseThrow();
    assertThat(found.details().durationSeconds()).isNull();
    assertThat(found.details().albumId()).isNull();
  }

  @Test
  void unknownIdIsEmpty() {
    assertThat(songs.findById(newId())).isEmpty();
    assertThat(tx.inTransaction(() -> songs.findByIdForUpdate(newId()))).isEmpty();
  }

  @Test
  void findAllByIdAnswersTheSongsThatExistByTheirIds() {
    Song first = stored(aSong().id(newId()).title("First").build());
    Song second = stored(aSong().id(newId()).title("Second").durationSeconds(null).build());
    SongId unknown = newId();

    assertThat(songs.findAllById(List.of(second.id(), unknown, first.id(), second.id())))
        .containsOnly(java.util.Map.entry(first.id(), first), java.util.Map.entry(second.id(), second));
    assertThat(songs.findAllById(List.of(unknown))).isEmpty();
    assertThat(songs.findAllById(List.of())).isEmpty();
  }

  @Test
  void findForUpdateReturnsTheSong() {
    Song song = stored(aSong().id(newId()).build());

    assertThat(tx.inTransaction(() -> songs.findByIdForUpdate(song.id()))).contains(song);
  }

  @Test
  void updateStoresTheNextVersion() {
    Song song = stored(aSong().id(newId()).title("Old").build());
    Song next = new Song(song.id(), aSong().title("New").genre("Blues").durationSeconds(null).details(), 2,
        song.createdAt(), Instant.parse("2026-05-06T07:08:09.000001Z"));

    tx.inTransaction(() -> songs.update(next));

    assertThat(songs.findById(song.id())).contains(next);
  }

  @Test
  void updateOfAStaleVersionChangesNothing() {
    Song song = stored(aSong().id(newId()).title("Old").build());
    Song skipping = new Song(song.id(), aSong().title("Skipped a version").details(), 3, song.createdAt(),
        song.updatedAt());

    assertThatThrownBy(() -> tx.inTransaction(() -> songs.update(skipping)))
        .isInstanceOf(ConcurrentModificationException.class);
    assertThat(songs.findById(song.id())).contains(song);
  }

  @Test
  void removeDeletesOnlyThatSong() {
    Song gone = stored(aSong().id(newId()).build());
    Song kept = stored(aSong().id(newId()).build());

    assertThat(tx.inTransaction(() -> songs.remove(gone.id()))).isTrue();
    assertThat(tx.inTransaction(() -> songs.remove(gone.id()))).isFalse();
    assertThat(songs.findById(gone.id())).isEmpty();
    assertThat(songs.findById(kept.id())).contains(kept);
  }

  @Test
  void textMatchesTitleOrPerformerCaseInsensitively() {
    Song byTitle = stored(aSong().id(newId()).title("Moonlight Serenade").performer("Glenn Miller").build());
    Song byPerformer = stored(aSong().id(newId()).title("Clair").performer("MOONRAKER Quartet").build());
    stored(aSong().id(newId()).title("Sunrise").performer("Nobody").build());

    List<Song> found = all(new SongFilter("mOOn", null, null, null, null, null), CatalogSort.TITLE, 10);

    assertThat(ids(found)).containsExactlyInAnyOrder(byTitle.id(), byPerformer.id());
  }

  @Test
  void filtersCombine() {
    Album album = storedAlbum(anAlbum().build());
    Song wanted = stored(aSong().id(newId()).title("Walking Blues").performer("Robert Johnson")
        .genre("Delta Blues").year(1936).album(album.id()).build());
    stored(aSong().id(newId()).title("Walking Blues").performer("Robert Johnson").genre("Delta Blues").year(1937)
        .album(album.id()).build());
    stored(aSong().id(newId()).title("Walking Blues").performer("Robert Johnson").genre("Rock").year(1936)
        .album(album.id()).build());
    stored(aSong().id(newId()).title("Walking Blues").performer("Robert Johnson").genre("Delta Blues").year(1936)
        .build());
    stored(aSong().id(newId()).title("Running Blues").performer("Robert Johnson").genre("Delta Blues").year(1936)
        .album(album.id()).build());

    SongFilter filter = new SongFilter(null, "walking", "johnson", "delta blues", 1936, album.id());

    assertThat(ids(all(filter, CatalogSort.TITLE, 10))).containsExactly(wanted.id());
  }

  @Test
  void genreIsAnExactMatchNotASubstring() {
    Song blues = stored(aSong().id(newId()).genre("Blues").build());
    stored(aSong().id(newId()).genre("Delta Blues").build());

    assertThat(ids(all(new SongFilter(null, null, null, "BLUES", null, null), CatalogSort.TITLE, 10)))
        .containsExactly(blues.id());
  }

  @Test
  void likeWildcardsInSearchTextAreLiteral() {
    Song percent = stored(aSong().id(newId()).title("100% Pure").build());
    Song underscore = stored(aSong().id(newId()).title("snake_case").build());
    stored(aSong().id(newId()).title("1000 Pure").build());
    stored(aSong().id(newId()).title("snakeXcase").build());

    assertThat(ids(all(new SongFilter(null, "0%", null, null, null, null), CatalogSort.TITLE, 10)))
        .containsExactly(percent.id());
    assertThat(ids(all(new SongFilter(null, "e_c", null, null, null, null), CatalogSort.TITLE, 10)))
        .containsExactly(underscore.id());
  }

  @Test
  void titleOrderIsCaseInsensitiveWithIdAsTieBreak() {
    SongId low = new SongId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    SongId high = new SongId(UUID.fromString("ffffffff-0000-7000-8000-000000000001"));
    Song b = stored(aSong().id(newId()).title("beta").build());
    Song sameHigh = stored(aSong().id(high).title("Alpha").build());
    Song sameLow = stored(aSong().id(low).title("ALPHA").build());
    Song c = stored(aSong().id(newId()).title("Gamma").build());

    assertThat(ids(all(SongFilter.all(), CatalogSort.TITLE, 10)))
        .containsExactly(sameLow.id(), sameHigh.id(), b.id(), c.id());
  }

  @Test
  void yearOrderThenId() {
    Song y2000 = stored(aSong().id(newId()).year(2000).build());
    Song y1990 = stored(aSong().id(newId()).year(1990).build());
    Song y2010 = stored(aSong().id(newId()).year(2010).build());

    assertThat(ids(all(SongFilter.all(), CatalogSort.YEAR, 10))).containsExactly(y1990.id(), y2000.id(), y2010.id());
  }

  @Test
  void recentOrderIsNewestIdFirst() {
    Song first = stored(aSong().id(new SongId(UUID.fromString("018f0000-0000-7000-8000-000000000000"))).build());
    Song second = stored(aSong().id(new SongId(UUID.fromString("018f0000-0001-7000-8000-000000000000"))).build());
    Song third = stored(aSong().id(new SongId(UUID.fromString("ff8f0000-0001-7000-8000-000000000000"))).build());

    assertThat(ids(all(SongFilter.all(), CatalogSort.RECENT, 10))).containsExactly(third.id(), second.id(), first.id());
  }

  @Test
  void pagesWalkEveryMatchExactlyOnceInEachOrder() {
    List<Song> stored = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      stored.add(stored(aSong().id(newId()).title("Track " + (char) ('A' + (i % 7))).year(1990 + (i % 4)).build()));
    }
    for (CatalogSort sort : CatalogSort.values()) {
      List<Song> onePage = all(SongFilter.all(), sort, 100);
      List<Song> walked = all(SongFilter.all(), sort, 4);
      assertThat(ids(walked)).as(sort.name()).containsExactlyElementsOf(ids(onePage));
      assertThat(ids(walked)).as(sort.name()).containsExactlyInAnyOrderElementsOf(ids(stored));
    }
  }

  @Test
  void lastPageHasNoNextCursorAndTotalCountsAllMatches() {
    for (int i = 0; i < 5; i++) {
      stored(aSong().id(newId()).title("Song " + i).performer("Counted").build());
    }
    stored(aSong().id(newId()).performer("Other").build());

    SongFilter counted = new SongFilter(null, null, "counted", null, null, null);
    Page<Song> first = songs.search(counted, CatalogSort.TITLE, new PageRequest(3, Optional.empty(), true));
    assertThat(first.items()).hasSize(3);
    assertThat(first.total()).hasValue(5);
    assertThat(first.next()).isPresent();

    Page<Song> second = songs.search(counted, CatalogSort.TITLE, new PageRequest(3, first.next(), false));
    assertThat(second.items()).hasSize(2);
    assertThat(second.next()).isEmpty();
    assertThat(second.total()).isEmpty();

    Page<Song> exact = songs.search(counted, CatalogSort.TITLE, PageRequest.first(5));
    assertThat(exact.items()).hasSize(5);
    assertThat(exact.next()).isEmpty();
  }

  @Test
  void emptyResultIsAnEmptyPage() {
    Page<Song> page = songs.search(new SongFilter("nothing like this", null, null, null, null, null),
        CatalogSort.TITLE, new PageRequest(10, Optional.empty(), true));
    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isEmpty();
    assertThat(page.total()).hasValue(0);
  }

  @Test
  void aCursorOfAnotherOrderOrWithGarbageIsRefused() {
    for (int i = 0; i < 3; i++) {
      stored(aSong().id(newId()).build());
    }
    Cursor titleCursor = songs.search(SongFilter.all(), CatalogSort.TITLE, PageRequest.first(1)).next().orElseThrow();

    assertThatThrownBy(() -> songs.search(SongFilter.all(), CatalogSort.YEAR, PageRequest.first(1).after(titleCursor)))
        .isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> songs.search(SongFilter.all(), CatalogSort.YEAR,
        PageRequest.first(1).after(Cursor.of("year", "not-a-year", UUID.randomUUID().toString()))))
        .isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> songs.search(SongFilter.all(), CatalogSort.RECENT,
        PageRequest.first(1).after(Cursor.of("recent", "not-a-uuid"))))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void detachFromAlbumClearsTheAlbumAndBumpsVersionsOfItsSongsOnly() {
    Album album = storedAlbum(anAlbum().build());
    Album other = storedAlbum(anAlbum().build());
    Song on1 = stored(aSong().id(newId()).album(album.id()).build());
    Song on2 = stored(aSong().id(newId()).album(album.id()).build());
    Song elsewhere = stored(aSong().id(newId()).album(other.id()).build());
    Instant at = Instant.parse("2026-07-08T09:10:11.121314Z");

    int detached = tx.inTransaction(() -> songs.detachFromAlbum(album.id(), at));

    assertThat(detached).isEqualTo(2);
    for (Song s : List.of(on1, on2)) {
      Song now = songs.findById(s.id()).orElseThrow();
      assertThat(now.details().albumId()).isNull();
      assertThat(now.version()).isEqualTo(s.version() + 1);
      assertThat(now.updatedAt()).isEqualTo(at);
      assertThat(now.details().title()).isEqualTo(s.details().title());
    }
    assertThat(songs.findById(elsewhere.id())).contains(elsewhere);
  }

  @Test
  void countsSongsPerAlbum() {
    Album two = storedAlbum(anAlbum().build());
    Album none = storedAlbum(anAlbum().build());
    stored(aSong().id(newId()).album(two.id()).build());
    stored(aSong().id(newId()).album(two.id()).build());
    stored(aSong().id(newId()).build());

    Map<AlbumId, Long> counts = songs.countByAlbum(List.of(two.id(), none.id()));

    assertThat(counts).containsEntry(two.id(), 2L).containsEntry(none.id(), 0L).hasSize(2);
    assertThat(songs.countByAlbum(List.of())).isEmpty();
  }
}
