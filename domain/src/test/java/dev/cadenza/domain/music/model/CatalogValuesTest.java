package dev.cadenza.domain.music.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.testing.MutableClock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The small values of the catalog: ids, sort orders and search filters. */
class CatalogValuesTest {

  @Test
  void idsAreGeneratedAsUuidV7AndParsedLeniently() {
    MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");
    SongId song = SongId.generate(clock);
    AlbumId album = AlbumId.generate(clock);

    assertThat(song.value().version()).isEqualTo(7);
    assertThat(album.value().version()).isEqualTo(7);
    assertThat(SongId.parse(song.toString())).contains(song);
    assertThat(AlbumId.parse(album.toString())).contains(album);
    assertThat(SongId.parse("42")).isEmpty();
    assertThat(AlbumId.parse("not-an-id")).isEmpty();
    assertThat(new SongId(UUID.fromString(song.toString()))).isEqualTo(song);
  }

  @Test
  void sortOrdersHaveLowerCaseWireNames() {
    assertThat(CatalogSort.TITLE.wireName()).isEqualTo("title");
    assertThat(CatalogSort.fromWireName("year")).contains(CatalogSort.YEAR);
    assertThat(CatalogSort.fromWireName("recent")).contains(CatalogSort.RECENT);
    assertThat(CatalogSort.fromWireName("RECENT")).isEmpty();
    assertThat(CatalogSort.fromWireName("rating")).contains(CatalogSort.RATING);
    assertThat(CatalogSort.fromWireName("likes")).contains(CatalogSort.LIKES);
    assertThat(CatalogSort.fromWireName("popular")).isEmpty();
  }

  @Test
  void filtersTrimTheirTextAndTreatBlankAsAbsent() {
    SongFilter songs = new SongFilter("  blue ", " ", null, " Jazz ", 1959, null);

    assertThat(songs.text()).isEqualTo("blue");
    assertThat(songs.title()).isNull();
    assertThat(songs.genre()).isEqualTo("Jazz");
    assertThat(new AlbumFilter(" kind ", "", " ", null).text()).isEqualTo("kind");
    assertThat(SongFilter.all()).isEqualTo(new SongFilter(null, null, null, null, null, null));
  }

  @Test
  void filtersRefuseOverlongText() {
    assertThatThrownBy(() -> new SongFilter("q".repeat(201), null, null, "g".repeat(51), null, null))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(FieldViolation::field)
            .containsExactly("q", "genre"));
    assertThatThrownBy(() -> new AlbumFilter(null, "t".repeat(201), null, null))
        .isInstanceOf(ValidationException.class).hasMessageContaining("title");
  }
}
