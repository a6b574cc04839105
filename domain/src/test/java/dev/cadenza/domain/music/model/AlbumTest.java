package dev.cadenza.domain.music.model;

import static dev.cadenza.testing.builders.AlbumBuilder.anAlbum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.ValidationException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlbumTest {

  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

  private final Album album = new Album(new AlbumId(UUID.randomUUID()), anAlbum().details(), Optional.of("covers/1"),
      3, CREATED, CREATED);

  @Test
  void aNewAlbumIsAtVersionOneWithoutCover() {
    Album created = Album.create(new AlbumId(UUID.randomUUID()), anAlbum().details(), CREATED);

    assertThat(created.version()).isEqualTo(1);
    assertThat(created.coverKey()).isEmpty();
    assertThat(created.createdAt()).isEqualTo(CREATED).isEqualTo(created.updatedAt());
  }

  @Test
  void reviseWithoutChangesReturnsTheSameInstance() {
    assertThat(album.revise(AlbumChanges.none(), LATER)).isSameAs(album);
    AlbumDetails d = album.details();
    assertThat(album.revise(AlbumChanges.replaceWith(d.title(), d.performer(), d.year()), LATER)).isSameAs(album);
  }

  @Test
  void aRealChangeBumpsTheVersionAndKeepsTheCover() {
    Album next = album.revise(new AlbumChanges(Change.keep(), Change.to(null), Change.to(1960)), LATER);

    assertThat(next.version()).isEqualTo(4);
    assertThat(next.details().performer()).isNull();
    assertThat(next.details().year()).isEqualTo(1960);
    assertThat(next.details().title()).isEqualTo(album.details().title());
    assertThat(next.coverKey()).contains("covers/1");
    assertThat(next.createdAt()).isEqualTo(CREATED);
    assertThat(next.updatedAt()).isEqualTo(LATER);
  }

  @Test
  void aNewCoverBumpsTheVersionAndKeepsTheDetails() {
    Album next = album.withCover("covers/2", LATER);

    assertThat(next.coverKey()).contains("covers/2");
    assertThat(next.version()).isEqualTo(4);
    assertThat(next.details()).isEqualTo(album.details());
    assertThat(next.createdAt()).isEqualTo(CREATED);
    assertThat(next.updatedAt()).isEqualTo(LATER);
  }

  @Test
  void theSameCoverOrNoCoverToRemoveChangesNothing() {
    assertThat(album.withCover("covers/1", LATER)).isSameAs(album);

    Album bare = album.withoutCover(LATER);
    assertThat(bare.coverKey()).isEmpty();
    assertThat(bare.version()).isEqualTo(4);
    assertThat(bare.updatedAt()).isEqualTo(LATER);
    assertThat(bare.withoutCover(LATER.plusSeconds(1))).isSameAs(bare);
  }

  @Test
  void aBlankCoverKeyIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> album.withCover(" ", LATER));
  }

  @Test
  void anInvalidChangeIsRefused() {
    assertThatThrownBy(() -> album.revise(new AlbumChanges(Change.to(""), Change.keep(), Change.keep()), LATER))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void versionsStartAtOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> anAlbum().version(0).build());
  }

  @Test
  void describeAddsCoverAndVersion() {
    assertThat(album.describe()).containsEntry("coverKey", "covers/1").containsEntry("version", 3L)
        .containsEntry("title", album.details().title());
  }
}
