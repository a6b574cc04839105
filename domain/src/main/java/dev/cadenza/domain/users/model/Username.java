package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login name: 3 to 50 of {@code a-z 0-9 . _ -}. Usernames are case-insensitive: the value is
 * kept lower-cased, so "Alice" and "alice" are the same account.
 */
public record Username(String value) {

  /** Checked before lower-casing, so that only ASCII letters fold (the Kelvin sign would become k). */
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]{3,50}");

  public Username {
    if (value == null) {
      throw ValidationException.of("username", "is required");
    }
    String stripped = value.strip();
    if (!ALLOWED.matcher(stripped).matches()) {
      throw ValidationException.of("username", "must be 3 to 50 characters of a-z, 0-9, '.', '_' or '-'");
    }
    value = stripped.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
