package dev.cadenza.domain.music.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumChanges;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.DeleteAlbumCommand;
import dev.cadenza.domain.music.port.in.ListAlbumSongsQuery;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.UpdateAlbumCommand;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Create, get, replace, patch and delete albums, and list their songs, over the in-memory adapters. */
class AlbumUseCasesTest {

  private static final Instant START = Instant.parse("2026-03-01T12:00:00.123456Z");

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00.123456789Z");
  private final InMemoryCatalog catalog = InMemoryCatalog.open(clock);
  private final MusicCatalog music = catalog.useCases;
  private final Actor admin = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN));

  private AlbumView createAlbum(String title, String performer, int year) {
    return music.createAlbum().createAlbum(new CreateAlbumCommand(admin, new AlbumDetails(title, performer, year)));
  }

  private Song createSong(String title, AlbumId album) {
    return music.createSong().createSong(new CreateSongCommand(admin,
        new SongDetails(title, "Miles Davis", "Jazz", 1959, null, album)));
  }

  private AlbumView update(AlbumId id, OptionalLong expected, AlbumChanges changes) {
    return music.updateAlbum().updateAlbum(new UpdateAlbumCommand(admin, id, expected, changes));
  }

  private void delete(AlbumId id, OptionalLong expected) {
    music.deleteAlbum().deleteAlbum(new DeleteAlbumCommand(admin, id, expected));
  }

  private Album stored(AlbumId id) {
    return catalog.albums.findById(id).orElseThrow();
  }

  private Page<Song> songsOf(AlbumId id, PageRequest page) {
    return music.listAlbumSongs().listAlbumSongs(new ListAlbumSongsQuery(id, CatalogSort.TITLE, page));
  }

  // ------------------------------------------------------------------------------------------ create and get

  @Test
  void createStoresANewAlbumWithoutSongs() {
    AlbumView view = createAlbum(" Kind of Blue ", "Miles Davis", 1959);

    Album album = view.album();
    assertThat(view.songCount()).isZero();
    assertThat(album.version()).isEqualTo(1);
    assertThat(album.details()).isEqualTo(new AlbumDetails("Kind of Blue", "Miles Davis", 1959));
    assertThat(album.coverKey()).isEmpty();
    assertThat(album.createdAt()).isEqualTo(START).isEqualTo(album.updatedAt());
    assertThat(album.id().value().version()).isEqualTo(7);
    assertThat(stored(album.id())).isEqualTo(album);
  }

  @Test
  void getCountsTheAlbumsSongs() {
    AlbumId album = createAlbum("Kind of Blue", "Miles Davis", 1959).album().id();
    AlbumId other = createAlbum("Sketches of Spain", "Miles Davis", 1960).album().id();
    createSong("So What", album);
    createSong("Blue in Green", album);
    createSong("Saeta", other);
    createSong("Single", null);

    AlbumView view = music.getAlbum().getAlbum(album);

    assertThat(view.album()).isEqualTo(stored(album));
    assertThat(view.songCount()).isEqualTo(2);
  }

  @Test
  void getOfAnUnknownAlbumIsNotFound() {
    assertThatThrownBy(() -> music.getAlbum().getAlbum(new AlbumId(UUID.randomUUID())))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.code()).isEqualTo("AlbumNotFound");
          assertThat(e.resourceType()).isEqualTo("Album");
        });
  }

  // ------------------------------------------------------------------------------------------ update

  @Test
  void aFullUpdateReplacesEveryFieldAndClearsAnOmittedPerformer() {
    AlbumId id = createAlbum("Kind of Blue", "Miles Davis", 1959).album().id();
    createSong("So What", id);
    clock.advance(Duration.ofHours(1));

    AlbumView view = update(id, OptionalLong.empty(), AlbumChanges.replaceWith("Kind of Blue (Legacy)", null, 2009));

    assertThat(view.album().details()).isEqualTo(new AlbumDetails("Kind of Blue (Legacy)", null, 2009));
    assertThat(view.album().version()).isEqualTo(2);
    assertThat(view.album().updatedAt()).isEqualTo(START.plus(Duration.ofHours(1)));
    assertThat(view.album().createdAt()).isEqualTo(START);
    assertThat(view.songCount()).isEqualTo(1);
    assertThat(stored(id)).isEqualTo(view.album());
  }

  @Test
  void aPatchChangesOnlyTheFieldsItSets() {
    AlbumId id = createAlbum("Kind of Blue", "Miles Davis", 1959).album().id();

    AlbumView view = update(id, OptionalLong.empty(), new AlbumChanges(Change.keep(), Change.keep(), Change.to(1960)));

    assertThat(view.album().details()).isEqualTo(new AlbumDetails("Kind of Blue", "Miles Davis", 1960));
  }

  @Test
  void aPatchThatChangesNothingKeepsTheVersion() {
    AlbumView created = createAlbum("Kind of Blue", "Miles Davis", 1959);

    AlbumView view = update(created.album().id(), OptionalLong.of(1), AlbumChanges.none());

    assertThat(view.album()).isEqualTo(created.album());
    assertThat(stored(created.album().id()).version()).isEqualTo(1);
  }

  @Test
  void anInvalidUpdateChangesNothing() {
    AlbumView created = createAlbum("Kind of Blue", "Miles Davis", 1959);

    assertThatThrownBy(() -> update(created.album().id(), OptionalLong.empty(),
        new AlbumChanges(Change.to(""), Change.keep(), Change.to(99)))).isInstanceOf(ValidationException.class);
    assertThat(stored(created.album().id())).isEqualTo(created.album());
  }

  @Test
  void anUpdateWithAStaleVersionFailsCarryingTheCurrentAlbumWithItsSongCount() {
    AlbumId id = createAlbum("Kind of Blue", "Miles Davis", 1959).album().id();
    createSong("So What", id);
    AlbumView current = update(id, OptionalLong.of(1), new AlbumChanges(Change.keep(), Change.keep(), Change.to(1960)));

    assertThatThrownBy(() -> update(id, OptionalLong.of(1), AlbumChanges.replaceWith("x", null, 2000)))
        .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
          assertThat(e.currentVersion()).isEqualTo(2);
          assertThat(e.current()).isEqualTo(current).isEqualTo(new AlbumView(stored(id), 1));
        });
    assertThat(stored(id)).isEqualTo(current.album());
  }

  @Test
  void anUpdateOfAnUnknownAlbumIsNotFound() {
    assertThatThrownBy(() -> update(new AlbumId(UUID.randomUUID()), OptionalLong.empty(), AlbumChanges.none()))
        .isInstanceOf(NotFoundException.class);
  }

  // ------------------------------------------------------------------------------------------ delete

  @Test
  void deleteKeepsTheSongsButTakesThemOffTheAlbumAndBumpsTheirVersions() {
    AlbumId album = createAlbum("Kind of Blue", "Miles Davis", 1959).album().id();
    AlbumId other = createAlbum("Sketches of Spain", "Miles Davis", 1960).album().id();
    Song soWhat = createSong("So What", album);
    Song blueInGreen = createSong("Blue in Green", album);
    Song saeta = createSong("Saeta", other);
    clock.advance(Duration.ofDays(1));

    delete(album, OptionalLong.empty());

    assertThat(catalog.albums.findById(album)).isEmpty();
    for (Song before : java.util.List.of(soWhat, blueInGreen)) {
      Song after = catalog.songs.findById(before.id()).orElseThrow();
      assertThat(after.details().albumId()).isNull();
      assertThat(after.details().title()).isEqualTo(before.details().title());
      assertThat(after.version()).isEqualTo(before.version() + 1);
      assertThat(after.updatedAt()).isEqualTo(START.plus(Duration.ofDays(1)));
      assertThat(after.createdAt()).isEqualTo(before.createdAt());
    }
    assertThat(catalog.songs.findById(saeta.id())).contains(saeta);
  }

  @Test
  void deleteWithTheCurrentVersionApplies() {
    AlbumId album = createAlbum("Kind of Blue", "Miles Davis", 1959).album().id();

    delete(album, OptionalLong.of(1));

    assertThat(catalog.albums.findById(album)).isEmpty();
  }

  @Test
  void deleteWithAStaleVersionChangesNothing() {
    AlbumId album = createAlbum("Kind of Blue", "Miles Davis", 1959).album().id();
    Song song = createSong("So What", album);
    update(album, OptionalLong.empty(), new AlbumChanges(Change.keep(), Change.keep(), Change.to(1960)));

    assertThatThrownBy(() -> delete(album, OptionalLong.of(1)))
        .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
          assertThat(e.currentVersion()).isEqualTo(2);
          assertThat(e.current()).isEqualTo(new AlbumView(stored(album), 1));
        });
    assertThat(catalog.albums.findById(album)).isPresent();
    assertThat(catalog.songs.findById(song.id())).contains(song);
  }

  @Test
  void deleteOfAnUnknownAlbumIsNotFound() {
    assertThatThrownBy(() -> delete(new AlbumId(UUID.randomUUID()), OptionalLong.empty()))
        .isInstanceOf(NotFoundException.class);
  }

  // ------------------------------------------------------------------------------------------ an album's songs

  @Test
  void listsOnlyTheAlbumsSongsAPageAtATime() {
    AlbumId album = createAlbum("Kind of Blue", "Miles Davis", 1959).album().id();
    AlbumId other = createAlbum("Sketches of Spain", "Miles Davis", 1960).album().id();
    createSong("So What", album);
    createSong("Freddie Freeloader", album);
    createSong("Blue in Green", album);
    createSong("Saeta", other);
    createSong("All Blues", null);

    Page<Song> first = songsOf(album, PageRequest.first(2));
    Page<Song> second = songsOf(album, PageRequest.first(2).after(first.next().orElseThrow()));

    assertThat(first.items()).extracting(s -> s.details().title()).containsExactly("Blue in Green", "Freddie Freeloader");
    assertThat(second.items()).extracting(s -> s.details().title()).containsExactly("So What");
    assertThat(second.next()).isEmpty();
  }

  @Test
  void anAlbumWithoutSongsListsNothing() {
    AlbumId album = createAlbum("Kind of Blue", "Miles Davis", 1959).album().id();

    assertThat(songsOf(album, PageRequest.firstDefault()).items()).isEmpty();
  }

  @Test
  void theSongsOfAnUnknownAlbumAreNotFound() {
    assertThatThrownBy(() -> songsOf(new AlbumId(UUID.randomUUID()), PageRequest.firstDefault()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("AlbumNotFound"));
  }
}
