package dev.cadenza.domain.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

  private static String urlBase64(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aTokenReadsBackAsTheSameValues() {
    Cursor cursor = Cursor.of("title", "blue in green", "0190a1b2-0000-7000-8000-000000000001");

    Cursor read = Cursor.parse(cursor.token());

    assertThat(read).isEqualTo(cursor);
    assertThat(read.values()).containsExactly("title", "blue in green", "0190a1b2-0000-7000-8000-000000000001");
  }

  @Test
  void valuesMayHoldAnyTextButTheSeparator() {
    Cursor cursor = Cursor.of("title", "Čajkovskij / ? & = + 🎻", "", "line\nbreak");

    assertThat(Cursor.parse(cursor.token())).isEqualTo(cursor);
  }

  @Test
  void theTokenIsUrlSafeAndOpaque() {
    String token = Cursor.of("title", "???>>>~~~", "id").token();

    assertThat(token).matches("[A-Za-z0-9_-]+").doesNotContain("title");
  }

  @Test
  void aCursorNeedsAValueAndRefusesTheSeparator() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Cursor(List.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> Cursor.of("title", "a\u001fb"));
  }

  @Test
  void theValuesAreCopied() {
    List<String> values = new java.util.ArrayList<>(List.of("recent", "x"));
    Cursor cursor = new Cursor(values);
    values.set(1, "y");

    assertThat(cursor.values()).containsExactly("recent", "x");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",                       // empty
      "not base64 at all!",     // not base64
      "YWJj+/==",               // standard, not URL-safe, base64
      "abc",                    // base64 of garbage, no version
      "0190a1b2-0000-7000-8000-000000000001"  // an id, not a cursor
  })
  void foreignTokensAreRefused(String token) {
    assertThatThrownBy(() -> Cursor.parse(token)).isInstanceOf(InvalidCursorException.class)
        .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("InvalidCursor"))
        .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.BAD_REQUEST));
  }

  @Test
  void aTokenOfAnotherFormatVersionIsRefused() {
    assertThatThrownBy(() -> Cursor.parse(urlBase64("c2\u001ftitle\u001fx"))).isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> Cursor.parse(urlBase64("c1"))).isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void aTamperedTokenIsRefused() {
    String token = Cursor.of("title", "abc", "id").token();
    char first = token.charAt(0);
    String tampered = (first == 'Z' ? 'Y' : 'Z') + token.substring(1);

    assertThatThrownBy(() -> Cursor.parse(tampered)).isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void anOverlongTokenIsRefusedBeforeDecoding() {
    String token = Cursor.of("title", "x".repeat(3000)).token();

    assertThatThrownBy(() -> Cursor.parse(token)).isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void keyForReturnsTheKeyOfTheRightOrdering() {
    Cursor cursor = Cursor.of("year", "1959", "id-1");

    assertThat(cursor.keyFor("year", 2)).containsExactly("1959", "id-1");
  }

  @Test
  void aCursorOfAnotherOrderingIsRefused() {
    Cursor byYear = Cursor.parse(Cursor.of("year", "1959", "id-1").token());

    assertThatThrownBy(() -> byYear.keyFor("title", 2)).isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void aCursorWithTheWrongNumberOfValuesIsRefused() {
    Cursor cursor = Cursor.of("year", "1959", "id-1");

    assertThatThrownBy(() -> cursor.keyFor("year", 1)).isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> cursor.keyFor("year", 3)).isInstanceOf(InvalidCursorException.class);
  }
}
