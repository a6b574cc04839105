package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.ValidationException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, trimmed, of a plausible shape (one {@code @}, a dotted domain, no spaces, at
 * most 254 characters); {@link #key()} is the case-insensitive form used for uniqueness.
 *
 * <p>New addresses (registration, profile changes, an export's recipient) go through {@link #parse},
 * which also requires what a mail server takes: a dot-atom local part (no leading, trailing or doubled
 * dot: RFC 5322, which Jakarta Mail enforces) of at most 64 characters without control, format or
 * space characters, in Unicode's composed form (NFC, so that {@code å} typed as {@code a} and a combining
 * ring is the same address) and without compatibility characters such as full-width letters, at a
 * domain of DNS labels of at most 63 characters. The constructor keeps the plain shape check, so that an address stored before
 * that rule still loads.
 */
public record Email(String value) {

  private static final String DOMAIN =
      "@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+";
  private static final Pattern SHAPE = Pattern.compile("[^@\\s\"(),:;<>\\[\\]\\\\]+" + DOMAIN);
  /** One dot-separated part of a local part: no specials, and no control, format or space characters. */
  private static final String ATOM = "[^@\\s\\p{Cc}\\p{Cf}\\p{Z}.\"(),:;<>\\[\\]\\\\]+";
  /** A domain of DNS labels of 1 to 63 characters. */
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern DOT_ATOM = Pattern.compile("(?=[^@]{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*"
      + "@" + LABEL + "(?:\\." + LABEL + ")+");

  public Email {
    if (value == null) {
      throw ValidationException.of("email", "is required");
    }
    value = value.strip();
    if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
      throw ValidationException.of("email", "is not a valid e-mail address");
    }
  }

  /**
   * A new address, as a mail server takes it.
   *
   * @throws ValidationException (field {@code email}) for anything else
   */
  public static Email parse(String text) {
    // canonically equivalent spellings (a precomposed letter or a letter and a combining mark) are one address
    String value = Normalizer.normalize(new Email(text).value(), Normalizer.Form.NFC);
    if (!Normalizer.normalize(value, Normalizer.Form.NFKC).equals(value)) {
      throw ValidationException.of("email", "is not a valid e-mail address (full-width letters and other "
          + "compatibility characters are not taken)");
    }
    if (!DOT_ATOM.matcher(value).matches()) {
      throw ValidationException.of("email", "is not a valid e-mail address");
    }
    return new Email(value);
  }

  /** Whether the address is ASCII only, as plain SMTP (without SMTPUTF8) carries it. */
  public boolean isAscii() {
    return value.chars().allMatch(c -> c < 0x80);
  }

  /** The address composed (NFC) and lower-cased: what uniqueness compares. */
  public String key() {
    return Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
