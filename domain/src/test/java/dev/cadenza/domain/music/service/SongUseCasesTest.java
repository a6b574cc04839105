package dev.cadenza.domain.music.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongChanges;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.DeleteSongCommand;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.UpdateSongCommand;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.DomainException;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.NotFoundException;
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

/** Create, get, replace, patch and delete songs through the use cases, over the in-memory adapters. */
class SongUseCasesTest {

  private static final Instant START = Instant.parse("2026-03-01T12:00:00.123456Z");

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00.123456789Z");
  private final InMemoryCatalog catalog = InMemoryCatalog.open(clock);
  private final MusicCatalog music = catalog.useCases;
  private final Actor curator = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.CURATOR));

  private static SongDetails blueInGreen(AlbumId album) {
    return new SongDetails("Blue in Green", "Miles Davis", "Jazz", 1959, 337, album);
  }

  private Song create(SongDetails details) {
    return music.createSong().createSong(new CreateSongCommand(curator, details));
  }

  private AlbumId album(String title) {
    return music.createAlbum().createAlbum(new CreateAlbumCommand(curator, new AlbumDetails(title, null, 1959)))
        .album().id();
  }

  private Song update(SongId id, OptionalLong expected, SongChanges changes) {
    return music.updateSong().updateSong(new UpdateSongCommand(curator, id, expected, changes));
  }

  private static SongChanges retitle(String title) {
    return new SongChanges(Change.to(title), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep());
  }

  private static SongChanges moveTo(AlbumId album) {
    return new SongChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.to(album));
  }

  private Song stored(SongId id) {
    return catalog.songs.findById(id).orElseThrow();
  }

  // ------------------------------------------------------------------------------------------ create

  @Test
  void createStoresANewSongAtVersionOne() {
    Song song = create(blueInGreen(null));

    assertThat(song.version()).isEqualTo(1);
    assertThat(song.details()).isEqualTo(blueInGreen(null));
    assertThat(song.createdAt()).as("stored precision: microseconds").isEqualTo(START);
    assertThat(song.updatedAt()).isEqualTo(START);
    assertThat(stored(song.id())).isEqualTo(song);
  }

  @Test
  void createGivesATimeOrderedId() {
    Song first = create(blueInGreen(null));
    clock.advance(Duration.ofMillis(5));
    Song second = create(blueInGreen(null));

    assertThat(first.id().value().version()).isEqualTo(7);
    assertThat(first.id().value().getMostSignificantBits() >>> 16).isEqualTo(START.toEpochMilli());
    assertThat(second.id().value()).isGreaterThan(first.id().value());
  }

  @Test
  void createPutsTheSongOnAnExistingAlbum() {
    AlbumId kindOfBlue = album("Kind of Blue");

    Song song = create(blueInGreen(kindOfBlue));

    assertThat(stored(song.id()).details().albumId()).isEqualTo(kindOfBlue);
    assertThat(music.getAlbum().getAlbum(kindOfBlue).songCount()).isEqualTo(1);
  }

  @Test
  void createRefusesAnUnknownAlbumAsAValidationErrorOnAlbumId() {
    AlbumId unknown = new AlbumId(UUID.randomUUID());

    assertThatThrownBy(() -> create(blueInGreen(unknown)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations())
            .containsExactly(new FieldViolation("albumId", "no album has this id")))
        .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.VALIDATION));
    assertThat(catalog.songs.countByAlbum(java.util.List.of(unknown))).containsEntry(unknown, 0L);
    assertThat(catalog.audit.entries()).isEmpty();
  }

  // ------------------------------------------------------------------------------------------ get

  @Test
  void getReturnsTheStoredSong() {
    Song song = create(blueInGreen(null));

    assertThat(music.getSong().getSong(song.id())).isEqualTo(song);
  }

  @Test
  void getOfAnUnknownSongIsNotFound() {
    SongId unknown = new SongId(UUID.randomUUID());

    assertThatThrownBy(() -> music.getSong().getSong(unknown))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.code()).isEqualTo("SongNotFound");
          assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
          assertThat(e.resourceType()).isEqualTo("Song");
          assertThat(e.resourceId()).isEqualTo(unknown.toString());
        });
  }

  // ------------------------------------------------------------------------------------------ update

  @Test
  void aFullUpdateReplacesEveryFieldAndClearsTheOmittedOptionalOnes() {
    AlbumId album = album("Kind of Blue");
    Song song = create(blueInGreen(album));
    clock.advance(Duration.ofMinutes(1));

    Song next = update(song.id(), OptionalLong.empty(),
        SongChanges.replaceWith("So What", "Miles Davis Sextet", "Modal Jazz", 1960, null, null));

    assertThat(next.details()).isEqualTo(new SongDetails("So What", "Miles Davis Sextet", "Modal Jazz", 1960, null, null));
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.createdAt()).isEqualTo(START);
    assertThat(next.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    assertThat(stored(song.id())).isEqualTo(next);
  }

  @Test
  void aPatchChangesOnlyTheFieldsItSets() {
    AlbumId album = album("Kind of Blue");
    Song song = create(blueInGreen(album));

    Song next = update(song.id(), OptionalLong.empty(), retitle("  Flamenco Sketches "));

    assertThat(next.details()).isEqualTo(new SongDetails("Flamenco Sketches", "Miles Davis", "Jazz", 1959, 337, album));
    assertThat(next.version()).isEqualTo(2);
  }

  @Test
  void aPatchThatChangesNothingKeepsTheVersion() {
    Song song = create(blueInGreen(null));
    clock.advance(Duration.ofMinutes(1));

    Song same = update(song.id(), OptionalLong.empty(), retitle("Blue in Green"));

    assertThat(same).isEqualTo(song);
    assertThat(stored(song.id())).isEqualTo(song);
  }

  @Test
  void anUpdateMayMoveTheSongToAnotherExistingAlbumOrTakeItOff() {
    Song song = create(blueInGreen(album("Kind of Blue")));
    AlbumId other = album("Sketches of Spain");

    assertThat(update(song.id(), OptionalLong.empty(), moveTo(other)).details().albumId()).isEqualTo(other);
    assertThat(update(song.id(), OptionalLong.empty(), moveTo(null)).details().albumId()).isNull();
    assertThat(stored(song.id()).version()).isEqualTo(3);
  }

  @Test
  void anUpdateRefusesAnUnknownAlbumAndChangesNothing() {
    Song song = create(blueInGreen(null));

    assertThatThrownBy(() -> update(song.id(), OptionalLong.empty(), moveTo(new AlbumId(UUID.randomUUID()))))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(FieldViolation::field)
            .containsExactly("albumId"));
    assertThat(stored(song.id())).isEqualTo(song);
  }

  @Test
  void anInvalidUpdateChangesNothing() {
    Song song = create(blueInGreen(null));

    assertThatThrownBy(() -> update(song.id(), OptionalLong.empty(), retitle(" ")))
        .isInstanceOf(ValidationException.class);
    assertThat(stored(song.id())).isEqualTo(song);
  }

  @Test
  void anUpdateWithTheCurrentVersionApplies() {
    Song song = create(blueInGreen(null));

    Song next = update(song.id(), OptionalLong.of(1), retitle("So What"));

    assertThat(next.version()).isEqualTo(2);
  }

  @Test
  void anUpdateWithAStaleVersionFailsCarryingTheCurrentSong() {
    Song song = create(blueInGreen(null));
    Song current = update(song.id(), OptionalLong.empty(), retitle("So What"));

    assertThatThrownBy(() -> update(song.id(), OptionalLong.of(1), retitle("Freddie Freeloader")))
        .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
          assertThat(e.code()).isEqualTo("StaleVersion");
          assertThat(e.kind()).isEqualTo(DomainException.Kind.PRECONDITION_FAILED);
          assertThat(e.currentVersion()).isEqualTo(2);
          assertThat(e.current()).isEqualTo(current);
        });
    assertThat(stored(song.id())).isEqualTo(current);
  }

  @Test
  void anUpdateOfAnUnknownSongIsNotFound() {
    assertThatThrownBy(() -> update(new SongId(UUID.randomUUID()), OptionalLong.empty(), retitle("x")))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("does not exist");
  }

  // ------------------------------------------------------------------------------------------ delete

  @Test
  void deleteRemovesTheSong() {
    Song song = create(blueInGreen(null));

    music.deleteSong().deleteSong(new DeleteSongCommand(curator, song.id(), OptionalLong.empty()));

    assertThat(catalog.songs.findById(song.id())).isEmpty();
    assertThatThrownBy(() -> music.getSong().getSong(song.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void deleteWithTheCurrentVersionApplies() {
    Song song = create(blueInGreen(null));

    music.deleteSong().deleteSong(new DeleteSongCommand(curator, song.id(), OptionalLong.of(1)));

    assertThat(catalog.songs.findById(song.id())).isEmpty();
  }

  @Test
  void deleteWithAStaleVersionFailsCarryingTheCurrentSongAndKeepsIt() {
    Song song = create(blueInGreen(null));
    Song current = update(song.id(), OptionalLong.empty(), retitle("So What"));

    assertThatThrownBy(() -> music.deleteSong().deleteSong(new DeleteSongCommand(curator, song.id(), OptionalLong.of(1))))
        .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
          assertThat(e.currentVersion()).isEqualTo(2);
          assertThat(e.current()).isEqualTo(current);
        });
    assertThat(stored(song.id())).isEqualTo(current);
  }

  @Test
  void deleteOfAnUnknownSongIsNotFound() {
    SongId unknown = new SongId(UUID.randomUUID());

    assertThatThrownBy(() -> music.deleteSong().deleteSong(new DeleteSongCommand(curator, unknown, OptionalLong.empty())))
        .isInstanceOf(NotFoundException.class);
  }
}
