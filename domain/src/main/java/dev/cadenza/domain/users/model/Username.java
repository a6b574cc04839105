package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login name: 3 to 50 of {@code a-z 0-9 . _ -}. Usernames are case-insensitive: the value is
 * kept lower-cased, so "Alice" and "alice" are the same account.
 */
public record Username(String value) {

  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{3,50}");

  public Username {
    if (value == null) {
      throw ValidationException.of("username", "is required");
    }
    value = value.strip().toLowerCase(Locale.ROOT);
    if (!ALLOWED.matcher(value).matches()) {
      throw ValidationException.of("username", "must be 3 to 50 characters of a-z, 0-9, '.', '_' or '-'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
