package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, trimmed. Checked for a plausible shape (one {@code @}, a dotted domain, no
 * spaces, at most 254 characters); {@link #key()} is the case-insensitive form used for uniqueness.
 */
public record Email(String value) {

  private static final Pattern SHAPE =
      Pattern.compile("[^@\\s\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  public Email {
    if (value == null) {
      throw ValidationException.of("email", "is required");
    }
    value = value.strip();
    if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
      throw ValidationException.of("email", "is not a valid e-mail address");
    }
  }

  public String key() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
