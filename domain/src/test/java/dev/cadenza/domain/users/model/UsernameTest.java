package dev.cadenza.domain.users.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

  @Test
  void asciiLettersFoldToLowerCase() {
    assertThat(new Username(" Alice.B_2-x ").value()).isEqualTo("alice.b_2-x");
    assertThat(new Username("ALICE")).isEqualTo(new Username("alice"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ada\u212A",     // KELVIN SIGN: lower-cases to an ASCII k
      "\u0130stanbul", // LATIN CAPITAL I WITH DOT: lower-cases to i and a combining dot
      "jos\u00e9", "ab", "a b c", "\u0430dmin"})
  void onlyAsciiLettersDigitsAndDotUnderscoreHyphenAreAllowed(String name) {
    assertThatThrownBy(() -> new Username(name)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("username");
  }
}
