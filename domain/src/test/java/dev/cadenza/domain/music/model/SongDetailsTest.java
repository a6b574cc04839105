package dev.cadenza.domain.music.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.ValidationException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SongDetailsTest {

  private static final AlbumId ALBUM = new AlbumId(UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"));

  private static SongDetails song(String title, String performer, String genre, Integer year, Integer duration) {
    return new SongDetails(title, performer, genre, year, duration, null);
  }

  private static List<FieldViolation> violationsOf(Runnable build) {
    try {
      build.run();
    } catch (ValidationException e) {
      return e.violations();
    }
    throw new AssertionError("expected a ValidationException");
  }

  @Test
  void aValidSongKeepsItsValues() {
    SongDetails d = new SongDetails("Blue in Green", "Miles Davis", "Jazz", 1959, 337, ALBUM);

    assertThat(d.title()).isEqualTo("Blue in Green");
    assertThat(d.performer()).isEqualTo("Miles Davis");
    assertThat(d.genre()).isEqualTo("Jazz");
    assertThat(d.year()).isEqualTo(1959);
    assertThat(d.durationSeconds()).isEqualTo(337);
    assertThat(d.albumId()).isEqualTo(ALBUM);
  }

  @Test
  void textIsTrimmedIncludingUnicodeSpaces() {
    SongDetails d = song("  Blue in Green\t", "\u2003Miles Davis ", " Jazz\n", 1959, null);

    assertThat(d.title()).isEqualTo("Blue in Green");
    assertThat(d.performer()).isEqualTo("Miles Davis");
    assertThat(d.genre()).isEqualTo("Jazz");
  }

  @Test
  void theTitleHasOneToTwoHundredCharactersAfterTrimming() {
    assertThat(song("x", "p", "g", 2000, null).title()).isEqualTo("x");
    assertThat(song(" " + "x".repeat(200) + " ", "p", "g", 2000, null).title()).hasSize(200);
    assertThat(violationsOf(() -> song("x".repeat(201), "p", "g", 2000, null)))
        .containsExactly(new FieldViolation("title", "must be at most 200 characters"));
    assertThat(violationsOf(() -> song("   ", "p", "g", 2000, null)))
        .containsExactly(new FieldViolation("title", "must not be blank"));
    assertThat(violationsOf(() -> song(null, "p", "g", 2000, null)))
        .containsExactly(new FieldViolation("title", "is required"));
  }

  @Test
  void thePerformerIsRequiredWithAtMostTwoHundredCharacters() {
    assertThat(song("t", "p".repeat(200), "g", 2000, null).performer()).hasSize(200);
    assertThat(violationsOf(() -> song("t", "p".repeat(201), "g", 2000, null)))
        .containsExactly(new FieldViolation("performer", "must be at most 200 characters"));
    assertThat(violationsOf(() -> song("t", "", "g", 2000, null)))
        .containsExactly(new FieldViolation("performer", "must not be blank"));
    assertThat(violationsOf(() -> song("t", null, "g", 2000, null)))
        .containsExactly(new FieldViolation("performer", "is required"));
  }

  @Test
  void theGenreIsRequiredWithAtMostFiftyCharacters() {
    assertThat(song("t", "p", "g".repeat(50), 2000, null).genre()).hasSize(50);
    assertThat(violationsOf(() -> song("t", "p", "g".repeat(51), 2000, null)))
        .containsExactly(new FieldViolation("genre", "must be at most 50 characters"));
    assertThat(violationsOf(() -> song("t", "p", " ", 2000, null)))
        .containsExactly(new FieldViolation("genre", "must not be blank"));
    assertThat(violationsOf(() -> song("t", "p", null, 2000, null)))
        .containsExactly(new FieldViolation("genre", "is required"));
  }

  @Test
  void theYearRunsFromOneThousandToNextYear() {
    int max = CatalogRules.maxYear();
    String message = "must be between 1000 and " + max;

    assertThat(song("t", "p", "g", 1000, null).year()).isEqualTo(1000);
    assertThat(song("t", "p", "g", max, null).year()).isEqualTo(max);
    assertThat(max).isEqualTo(java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1);
    assertThat(violationsOf(() -> song("t", "p", "g", 999, null)))
        .containsExactly(new FieldViolation("year", message));
    assertThat(violationsOf(() -> song("t", "p", "g", max + 1, null)))
        .containsExactly(new FieldViolation("year", message));
    assertThat(violationsOf(() -> song("t", "p", "g", null, null)))
        .containsExactly(new FieldViolation("year", "is required"));
  }

  @Test
  void theDurationIsOptionalFromZeroToADay() {
    assertThat(song("t", "p", "g", 2000, null).durationSeconds()).isNull();
    assertThat(song("t", "p", "g", 2000, 0).durationSeconds()).isZero();
    assertThat(song("t", "p", "g", 2000, 86_400).durationSeconds()).isEqualTo(86_400);
    assertThat(violationsOf(() -> song("t", "p", "g", 2000, -1)))
        .containsExactly(new FieldViolation("durationSeconds", "must be between 0 and 86400"));
    assertThat(violationsOf(() -> song("t", "p", "g", 2000, 86_401)))
        .containsExactly(new FieldViolation("durationSeconds", "must be between 0 and 86400"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Blue\u0000Green", "Blue\nGreen", "Blue\tGreen", "Blue\u007fGreen", "Blue\u0085Green"})
  void controlCharactersInsideTheTextAreRefused(String title) {
    assertThat(violationsOf(() -> song(title, "p", "g", 2000, null)))
        .containsExactly(new FieldViolation("title", "must not contain control characters"));
    assertThat(violationsOf(() -> song("t", title, "g", 2000, null)))
        .containsExactly(new FieldViolation("performer", "must not contain control characters"));
    assertThat(violationsOf(() -> song("t", "p", title, 2000, null)))
        .containsExactly(new FieldViolation("genre", "must not contain control characters"));
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    assertThatThrownBy(() -> song(" ", "p".repeat(201), "Blue\u0007", 999, 86_401))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("title").hasMessageContaining("performer").hasMessageContaining("genre")
        .hasMessageContaining("year").hasMessageContaining("durationSeconds")
        .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(FieldViolation::field)
            .containsExactly("title", "performer", "genre", "year", "durationSeconds"))
        .satisfies(e -> assertThat(((ValidationException) e).code()).isEqualTo("Validation"));
  }

  @Test
  void withAlbumChangesOnlyTheAlbum() {
    SongDetails d = song("t", "p", "g", 2000, 10);

    assertThat(d.withAlbum(ALBUM)).isEqualTo(new SongDetails("t", "p", "g", 2000, 10, ALBUM));
    assertThat(d.withAlbum(ALBUM).withAlbum(null)).isEqualTo(d);
  }

  @Test
  void describeListsTheValuesForTheAuditTrail() {
    assertThat(new SongDetails("t", "p", "g", 2000, null, ALBUM).describe())
        .containsExactly(
            java.util.Map.entry("title", "t"),
            java.util.Map.entry("performer", "p"),
            java.util.Map.entry("genre", "g"),
            java.util.Map.entry("year", 2000),
            new java.util.AbstractMap.SimpleEntry<>("durationSeconds", null),
            java.util.Map.entry("albumId", ALBUM.toString()));
  }
}
