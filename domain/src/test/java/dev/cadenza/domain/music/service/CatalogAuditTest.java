package dev.cadenza.domain.music.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumChanges;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongChanges;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.DeleteAlbumCommand;
import dev.cadenza.domain.music.port.in.DeleteSongCommand;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.UpdateAlbumCommand;
import dev.cadenza.domain.music.port.in.UpdateSongCommand;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every change to the catalog leaves exactly one audit entry: who, what, which resource, before and after. */
class CatalogAuditTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00.123456789Z");
  private final InMemoryCatalog catalog = InMemoryCatalog.open(clock);
  private final MusicCatalog music = catalog.useCases;
  private final Actor curator = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.CURATOR));
  private CatalogWrite.Seeded seeded;
  private Song seededSong;
  private Album seededAlbum;

  @BeforeEach
  void seed() {
    seeded = CatalogWrite.seed(music);
    seededSong = catalog.songs.findById(seeded.song()).orElseThrow();
    seededAlbum = catalog.albums.findById(seeded.album()).orElseThrow();
    clock.advance(Duration.ofMinutes(5));
  }

  private List<AuditEntry> entriesAfterSeed() {
    List<AuditEntry> all = catalog.audit.entries();
    return all.subList(2, all.size());
  }

  private AuditEntry onlyNewEntry() {
    assertThat(entriesAfterSeed()).hasSize(1);
    return entriesAfterSeed().get(0);
  }

  @Test
  void theSeedItselfWasAudited() {
    assertThat(catalog.audit.entries()).extracting(AuditEntry::action).containsExactly("album.create", "song.create");
    assertThat(catalog.audit.entries()).extracting(AuditEntry::actor).containsOnly("system");
  }

  @ParameterizedTest
  @EnumSource(CatalogWrite.class)
  void everyWriteRecordsOneEntryWithItsActorActionResourceAndTime(CatalogWrite write) {
    write.run(music, curator, seeded);

    AuditEntry entry = onlyNewEntry();
    assertThat(entry.actor()).isEqualTo(curator.userId().orElseThrow().toString());
    assertThat(entry.action()).isEqualTo(write.action);
    assertThat(entry.resourceType()).isEqualTo(write.resourceType);
    assertThat(entry.at()).isEqualTo(Instant.parse("2026-03-01T12:05:00.123456Z"));
    assertThat(entry.id().version()).isEqualTo(7);
    assertThat(entry.id().getMostSignificantBits() >>> 16).isEqualTo(clock.millis());
  }

  @Test
  void songCreateRecordsTheNewSongAsAfter() {
    Song song = music.createSong().createSong(new CreateSongCommand(curator,
        new SongDetails("So What", "Miles Davis", "Jazz", 1959, null, seeded.album())));

    AuditEntry entry = onlyNewEntry();
    assertThat(entry.resourceId()).isEqualTo(song.id().toString());
    assertThat(entry.before()).isEmpty();
    assertThat(entry.after()).isEqualTo(song.describe())
        .containsEntry("title", "So What").containsEntry("albumId", seeded.album().toString())
        .containsEntry("durationSeconds", null).containsEntry("version", 1L);
  }

  @Test
  void songUpdateRecordsBeforeAndAfter() {
    Song next = music.updateSong().updateSong(new UpdateSongCommand(curator, seeded.song(), OptionalLong.empty(),
        SongChanges.replaceWith("So What", "Miles Davis", "Jazz", 1959, null, null)));

    AuditEntry entry = onlyNewEntry();
    assertThat(entry.resourceId()).isEqualTo(seeded.song().toString());
    assertThat(entry.before()).isEqualTo(seededSong.describe()).containsEntry("version", 1L);
    assertThat(entry.after()).isEqualTo(next.describe()).containsEntry("version", 2L).containsEntry("albumId", null);
  }

  @Test
  void songDeleteRecordsTheSongAsBefore() {
    music.deleteSong().deleteSong(new DeleteSongCommand(curator, seeded.song(), OptionalLong.empty()));

    AuditEntry entry = onlyNewEntry();
    assertThat(entry.resourceId()).isEqualTo(seeded.song().toString());
    assertThat(entry.before()).isEqualTo(seededSong.describe());
    assertThat(entry.after()).isEmpty();
  }

  @Test
  void albumUpdateRecordsBeforeAndAfter() {
    Album next = music.updateAlbum().updateAlbum(new UpdateAlbumCommand(curator, seeded.album(), OptionalLong.empty(),
        AlbumChanges.replaceWith("Kind of Blue", null, 1959))).album();

    AuditEntry entry = onlyNewEntry();
    assertThat(entry.resourceId()).isEqualTo(seeded.album().toString());
    assertThat(entry.before()).isEqualTo(seededAlbum.describe()).containsEntry("performer", "Miles Davis");
    assertThat(entry.after()).isEqualTo(next.describe()).containsEntry("performer", null).containsEntry("coverKey", null);
  }

  @Test
  void albumDeleteRecordsTheAlbumAndHowManySongsLeftItAndNothingPerSong() {
    music.deleteAlbum().deleteAlbum(new DeleteAlbumCommand(curator, seeded.album(), OptionalLong.empty()));

    AuditEntry entry = onlyNewEntry();
    assertThat(entry.resourceType()).isEqualTo("album");
    assertThat(entry.before()).isEqualTo(seededAlbum.describe());
    assertThat(entry.after()).isEqualTo(Map.of("songsDetached", 1));
  }

  @Test
  void aChangeThatChangesNothingIsNotAudited() {
    music.updateSong().updateSong(new UpdateSongCommand(curator, seeded.song(), OptionalLong.empty(), SongChanges.none()));
    music.updateAlbum().updateAlbum(new UpdateAlbumCommand(curator, seeded.album(), OptionalLong.empty(),
        AlbumChanges.none()));

    assertThat(entriesAfterSeed()).isEmpty();
  }

  @Test
  void failedWritesAreNotAudited() {
    assertThatThrownBy(() -> music.createSong().createSong(new CreateSongCommand(curator,
        new SongDetails("So What", "Miles Davis", "Jazz", 1959, null, new AlbumId(UUID.randomUUID())))))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> music.deleteSong().deleteSong(new DeleteSongCommand(curator, seeded.song(),
        OptionalLong.of(7)))).isInstanceOf(PreconditionFailedException.class);
    assertThatThrownBy(() -> music.deleteAlbum().deleteAlbum(new DeleteAlbumCommand(curator,
        new AlbumId(UUID.randomUUID()), OptionalLong.empty()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> music.updateSong().updateSong(new UpdateSongCommand(curator,
        new SongId(UUID.randomUUID()), OptionalLong.empty(), SongChanges.none()))).isInstanceOf(NotFoundException.class);

    assertThat(entriesAfterSeed()).isEmpty();
  }

  @Test
  void anonymousWritesAreAuditedAsAnonymous() {
    CatalogWrite.CREATE_ALBUM.run(music, Actor.anonymous(), seeded);

    assertThat(onlyNewEntry().actor()).isEqualTo("anonymous");
  }
}
