package dev.cadenza.domain.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void textRefusesHalfOfASurrogatePairButKeepsWholePairs() {
    Violations violations = new Violations();
    assertThat(violations.text("title", "Blue \uD83C\uDFB7 Train", true, 200)).isEqualTo("Blue \uD83C\uDFB7 Train");
    assertThat(violations.isEmpty()).isTrue();

    violations.text("title", "x\uD800y", true, 200);
    violations.text("performer", "trailing \uDC00", true, 200);
    violations.text("genre", "\uD83C", true, 200);
    assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(FieldViolation::field)
            .containsExactly("title", "performer", "genre"));
  }

  @Test
  void textThatShowsNothingIsBlank() {
    Violations violations = new Violations();
    violations.text("title", "\u202e\u200b", true, 200);
    violations.text("performer", "\u00a0\u2007", true, 200);
    assertThat(violations.text("genre", "\u200b", false, 50)).as("optional: absent").isNull();
    for (String nothing : new String[] {"\u3164", "\u115f\u1160", "\uffa0", "\u034f", "\u17b4", "\u180b", "\ufe0f",
        "\udb40\udd00", "\u2800"}) {
      assertThat(Violations.showsNothing(nothing)).as("U+%04X", nothing.codePointAt(0)).isTrue();
    }
    assertThat(Violations.showsNothing("\u2764\ufe0f")).as("a heart with its selector shows").isFalse();
    assertThat(violations.text("name", "a\u200bb", true, 50)).as("visible text keeps its marks").isEqualTo("a\u200bb");
    assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(FieldViolation::message)
            .containsExactly("must not be blank", "must not be blank"));
  }

  @Test
  void unicodeProblemNamesNulAndLoneSurrogatesOnly() {
    assertThat(Violations.unicodeProblem("plain text, \u00e9t\u00e9, \uD83C\uDFB7")).isNull();
    assertThat(Violations.unicodeProblem("tab\tand newline\n")).as("control characters are a field's own rule")
        .isNull();
    assertThat(Violations.unicodeProblem("a\u0000b")).contains("NUL");
    assertThat(Violations.unicodeProblem("\uDFFFx")).contains("surrogate");
    assertThat(Violations.unicodeProblem("x\uDBFF")).contains("surrogate");
    assertThat(Violations.unicodeProblem("\uDC00\uD800")).as("a low half before a high half is no pair")
        .contains("surrogate");
  }
}
