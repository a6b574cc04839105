package dev.cadenza.domain.shared.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * An opaque keyset cursor: the sort key of the last item on a page. Callers only see the
 * {@link #token()}; repositories build it from the key values and read them back with
 * {@link #values()}. The first value names the ordering, so a cursor from one sort order is
 * refused by another.
 */
public record Cursor(List<String> values) {

  private static final String VERSION = "c1";
  private static final char SEPARATOR = '\u001f';
  private static final int MAX_TOKEN_LENGTH = 2048;

  public Cursor {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a cursor needs at least one value");
    }
    for (String v : values) {
      if (v.indexOf(SEPARATOR) >= 0) {
        throw new IllegalArgumentException("cursor values must not contain U+001F");
      }
    }
  }

  public static Cursor of(String... values) {
    return new Cursor(Arrays.asList(values));
  }

  /** Reads a token produced by {@link #token()}; anything else raises {@link InvalidCursorException}. */
  public static Cursor parse(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      throw new InvalidCursorException();
    }
    String decoded;
    try {
      decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException();
    }
    String[] parts = decoded.split(String.valueOf(SEPARATOR), -1);
    if (parts.length < 2 || !VERSION.equals(parts[0])) {
      throw new InvalidCursorException();
    }
    return new Cursor(Arrays.asList(parts).subList(1, parts.length));
  }

  public String token() {
    String joined = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), values);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
  }

  /** The key values after the ordering name, checked to be for {@code ordering} and of {@code size}. */
  public List<String> keyFor(String ordering, int size) {
    if (values.size() != size + 1 || !values.get(0).equals(ordering)) {
      throw new InvalidCursorException();
    }
    return values.subList(1, values.size());
  }
}
