package dev.cadenza.adapters.persistence;

import java.util.Locale;

/**
 * How the adapter folds text for ordering and matching. The stores keep each searchable column
 * next to its folded form ({@code title_fold}, ...), computed here with Java's rules, so the order
 * and the matches are the same on every PostgreSQL server whatever its locale, and the same as the
 * in-memory fakes of the test kit.
 */
final class Text {

  private Text() {
  }

  /** Lower case by {@link Locale#ROOT}, as the domain's fakes compare titles. */
  static String fold(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  /**
   * A LIKE pattern (default escape character, the backslash) that matches every text containing
   * {@code needle} after folding; {@code %}, {@code _} and {@code \} in the needle match themselves.
   */
  static String containsPattern(String needle) {
    String folded = fold(needle);
    StringBuilder pattern = new StringBuilder(folded.length() + 8).append('%');
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '%' || c == '_' || c == '\\') {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
