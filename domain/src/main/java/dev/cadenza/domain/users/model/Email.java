package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, trimmed. Checked for a plausible shape (one {@code @}, a local part of at most
 * 64 characters whose dots separate non-empty parts, a dotted domain, no spaces or control
 * characters, at most 254 characters in all), one a mail server takes; {@link #key()} is the
 * case-insensitive form used for uniqueness.
 */
public record Email(String value) {

  /** One dot-separated part of the local part: no specials, spaces or control characters. */
  private static final String ATOM = "[^@\\s\\p{Cntrl}.\"(),:;<>\\[\\]\\\\]+";
  /**
   * A dot-atom local part (no leading, trailing or doubled dot: RFC 5322, which mail servers and
   * Jakarta Mail enforce) of at most 64 characters, then a dotted domain of letters, digits and hyphens.
   */
  private static final Pattern SHAPE = Pattern.compile("(?=[^@]{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*"
      + "@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

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
