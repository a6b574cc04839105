package dev.cadenza.domain.music.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlbumDetailsTest {

  private static List<FieldViolation> violationsOf(Runnable build) {
    try {
      build.run();
    } catch (ValidationException e) {
      return e.violations();
    }
    throw new AssertionError("expected a ValidationException");
  }

  @Test
  void textIsTrimmed() {
    AlbumDetails d = new AlbumDetails("  Kind of Blue ", "\tMiles Davis\u2003", 1959);

    assertThat(d).isEqualTo(new AlbumDetails("Kind of Blue", "Miles Davis", 1959));
  }

  @Test
  void thePerformerIsOptionalAndBlankMeansNone() {
    assertThat(new AlbumDetails("Jazz Hits", null, 2000).performer()).isNull();
    assertThat(new AlbumDetails("Jazz Hits", "   ", 2000).performer()).isNull();
    assertThat(new AlbumDetails("Jazz Hits", "p".repeat(200), 2000).performer()).hasSize(200);
    assertThat(violationsOf(() -> new AlbumDetails("Jazz Hits", "p".repeat(201), 2000)))
        .containsExactly(new FieldViolation("performer", "must be at most 200 characters"));
  }

  @Test
  void theTitleHasOneToTwoHundredCharacters() {
    assertThat(new AlbumDetails("x".repeat(200), null, 2000).title()).hasSize(200);
    assertThat(violationsOf(() -> new AlbumDetails("x".repeat(201), null, 2000)))
        .containsExactly(new FieldViolation("title", "must be at most 200 characters"));
    assertThat(violationsOf(() -> new AlbumDetails(" ", null, 2000)))
        .containsExactly(new FieldViolation("title", "must not be blank"));
    assertThat(violationsOf(() -> new AlbumDetails(null, null, 2000)))
        .containsExactly(new FieldViolation("title", "is required"));
  }

  @Test
  void theYearRunsFromOneThousandToNextYear() {
    int max = CatalogRules.maxYear();

    assertThat(new AlbumDetails("t", null, 1000).year()).isEqualTo(1000);
    assertThat(new AlbumDetails("t", null, max).year()).isEqualTo(max);
    assertThat(violationsOf(() -> new AlbumDetails("t", null, 999)))
        .containsExactly(new FieldViolation("year", "must be between 1000 and " + max));
    assertThat(violationsOf(() -> new AlbumDetails("t", null, max + 1)))
        .containsExactly(new FieldViolation("year", "must be between 1000 and " + max));
    assertThat(violationsOf(() -> new AlbumDetails("t", null, null)))
        .containsExactly(new FieldViolation("year", "is required"));
  }

  @Test
  void controlCharactersAreRefused() {
    assertThat(violationsOf(() -> new AlbumDetails("Kind\u0000of Blue", "Miles\rDavis", 1959)))
        .containsExactly(
            new FieldViolation("title", "must not contain control characters"),
            new FieldViolation("performer", "must not contain control characters"));
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    assertThatThrownBy(() -> new AlbumDetails("", "p".repeat(201), 3000))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(FieldViolation::field)
            .containsExactly("title", "performer", "year"));
  }
}
