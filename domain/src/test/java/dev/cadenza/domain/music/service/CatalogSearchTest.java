package dev.cadenza.domain.music.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.SearchAlbumsQuery;
import dev.cadenza.domain.music.port.in.SearchSongsQuery;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryAlbumRepository;
import dev.cadenza.testing.inmemory.InMemoryAuditLog;
import dev.cadenza.testing.inmemory.InMemorySongRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Searches hand the query to the repositories; album searches add song counts in one call per page. */
class CatalogSearchTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");
  private final InMemorySongRepository songs = spy(new InMemorySongRepository());
  private final InMemoryAlbumRepository albums = spy(new InMemoryAlbumRepository());
  private final MusicCatalog music = MusicServices.create(songs, albums, actor -> { }, new InMemoryAuditLog(),
      new DirectTransactionRunner(), clock);
  private AlbumId kindOfBlue;
  private AlbumId sketches;

  @BeforeEach
  void seed() {
    kindOfBlue = album("Kind of Blue", 1959);
    sketches = album("Sketches of Spain", 1960);
    album("Bitches Brew", 1970);
    song("So What", "Miles Davis", "Jazz", kindOfBlue);
    song("Blue in Green", "Bill Evans", "jazz", kindOfBlue);
    song("Saeta", "Miles Davis", "Jazz", sketches);
    song("Blue Monday", "New Order", "Synth-pop", null);
  }

  private AlbumId album(String title, int year) {
    return music.createAlbum().createAlbum(new CreateAlbumCommand(Actor.system(),
        new AlbumDetails(title, "Miles Davis", year))).album().id();
  }

  private void song(String title, String performer, String genre, AlbumId album) {
    music.createSong().createSong(new CreateSongCommand(Actor.system(),
        new SongDetails(title, performer, genre, 1959, null, album)));
  }

  @Test
  void songSearchesHandTheirQueryToTheRepository() {
    SongFilter filter = new SongFilter("blue", null, null, null, null, null);
    PageRequest page = PageRequest.first(10);

    Page<Song> found = music.searchSongs().searchSongs(new SearchSongsQuery(filter, CatalogSort.TITLE, page));

    verify(songs).search(filter, CatalogSort.TITLE, page);
    assertThat(found.items()).extracting(s -> s.details().title()).containsExactly("Blue in Green", "Blue Monday");
  }

  @Test
  void songSearchesFindByGenreIgnoringCaseAndByAlbum() {
    Page<Song> jazz = music.searchSongs().searchSongs(new SearchSongsQuery(
        new SongFilter(null, null, null, "JAZZ", null, null), CatalogSort.TITLE, PageRequest.firstDefault()));
    Page<Song> onKindOfBlue = music.searchSongs().searchSongs(new SearchSongsQuery(
        SongFilter.onAlbum(kindOfBlue), CatalogSort.TITLE, PageRequest.firstDefault()));

    assertThat(jazz.items()).extracting(s -> s.details().title()).containsExactly("Blue in Green", "Saeta", "So What");
    assertThat(onKindOfBlue.items()).extracting(s -> s.details().title()).containsExactly("Blue in Green", "So What");
  }

  @Test
  void albumSearchesHandTheirQueryToTheRepositoryAndCountSongsOncePerPage() {
    AlbumFilter filter = new AlbumFilter(null, null, "miles", null);
    PageRequest page = PageRequest.first(10);

    Page<AlbumView> found = music.searchAlbums().searchAlbums(new SearchAlbumsQuery(filter, CatalogSort.YEAR, page));

    verify(albums).search(filter, CatalogSort.YEAR, page);
    verify(songs, times(1)).countByAlbum(anyCollection());
    assertThat(found.items()).extracting(v -> v.album().details().title(), AlbumView::songCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Kind of Blue", 2L),
            org.assertj.core.groups.Tuple.tuple("Sketches of Spain", 1L),
            org.assertj.core.groups.Tuple.tuple("Bitches Brew", 0L));
  }

  @Test
  void albumSearchesPageWithTheRepositorysCursor() {
    Page<AlbumView> first = music.searchAlbums().searchAlbums(new SearchAlbumsQuery(AlbumFilter.all(),
        CatalogSort.TITLE, PageRequest.first(2)));
    Page<AlbumView> second = music.searchAlbums().searchAlbums(new SearchAlbumsQuery(AlbumFilter.all(),
        CatalogSort.TITLE, PageRequest.first(2).after(first.next().orElseThrow())));

    assertThat(first.items()).extracting(v -> v.album().details().title()).containsExactly("Bitches Brew", "Kind of Blue");
    assertThat(second.items()).extracting(v -> v.album().details().title()).containsExactly("Sketches of Spain");
    assertThat(second.next()).isEmpty();
  }
}
