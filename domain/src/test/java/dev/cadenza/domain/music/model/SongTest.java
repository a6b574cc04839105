package dev.cadenza.domain.music.model;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.ValidationException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SongTest {

  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");
  private static final AlbumId ALBUM = new AlbumId(UUID.randomUUID());

  private final Song song = Song.create(new SongId(UUID.randomUUID()), aSong().album(ALBUM).details(), CREATED);

  @Test
  void aNewSongIsAtVersionOne() {
    assertThat(song.version()).isEqualTo(1);
    assertThat(song.createdAt()).isEqualTo(CREATED);
    assertThat(song.updatedAt()).isEqualTo(CREATED);
  }

  @Test
  void reviseWithoutChangesReturnsTheSameInstance() {
    assertThat(song.revise(SongChanges.none(), LATER)).isSameAs(song);
  }

  @Test
  void reviseToTheSameValuesReturnsTheSameInstance() {
    SongDetails d = song.details();
    SongChanges same = SongChanges.replaceWith(" " + d.title() + " ", d.performer(), d.genre(), d.year(),
        d.durationSeconds(), d.albumId());

    assertThat(song.revise(same, LATER)).isSameAs(song);
  }

  @Test
  void aRealChangeBumpsTheVersionAndTheUpdateTime() {
    Song next = song.revise(new SongChanges(Change.to("So What"), Change.keep(), Change.keep(), Change.keep(),
        Change.keep(), Change.keep()), LATER);

    assertThat(next.id()).isEqualTo(song.id());
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.details().title()).isEqualTo("So What");
    assertThat(next.details().performer()).isEqualTo(song.details().performer());
    assertThat(next.details().albumId()).isEqualTo(ALBUM);
    assertThat(next.createdAt()).isEqualTo(CREATED);
    assertThat(next.updatedAt()).isEqualTo(LATER);
    assertThat(song.version()).as("the song itself is immutable").isEqualTo(1);
  }

  @Test
  void aReplacementClearsTheOptionalFieldsItLeavesOut() {
    Song next = song.revise(SongChanges.replaceWith("So What", "Miles Davis", "Jazz", 1959, null, null), LATER);

    assertThat(next.details().durationSeconds()).isNull();
    assertThat(next.details().albumId()).isNull();
  }

  @Test
  void anInvalidChangeIsRefused() {
    SongChanges blankTitle = new SongChanges(Change.to(" "), Change.keep(), Change.keep(), Change.to(999),
        Change.keep(), Change.keep());

    assertThatThrownBy(() -> song.revise(blankTitle, LATER)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("title").hasMessageContaining("year");
  }

  @Test
  void versionsStartAtOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> aSong().version(0).build());
  }

  @Test
  void songsAreEqualByTheirWholeState() {
    Song copy = new Song(song.id(), song.details(), 1, CREATED, CREATED);

    assertThat(copy).isEqualTo(song).hasSameHashCodeAs(song);
    assertThat(song.revise(SongChanges.replaceWith("x", "y", "z", 2000, null, null), LATER)).isNotEqualTo(song);
  }

  @Test
  void describeAddsTheVersionToTheDetails() {
    assertThat(song.describe()).containsEntry("version", 1L).containsEntry("title", song.details().title())
        .containsEntry("albumId", ALBUM.toString());
  }

  @Test
  void changesRefuseNullFields() {
    assertThatThrownBy(() -> new SongChanges(null, Change.keep(), Change.keep(), Change.keep(), Change.keep(),
        Change.keep())).isInstanceOf(NullPointerException.class);
  }
}
