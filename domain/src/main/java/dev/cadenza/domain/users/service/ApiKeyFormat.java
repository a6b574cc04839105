package dev.cadenza.domain.users.service;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** API keys read {@code cdz_<prefix>_<secret>}: the prefix finds the key, the secret proves it. */
final class ApiKeyFormat {

  static final String MARK = "cdz_";
  static final int PREFIX_LENGTH = 10;
  static final int SECRET_BYTES = 32;
  private static final Pattern SHAPE = Pattern.compile("cdz_([a-z0-9]{" + PREFIX_LENGTH + "})_([A-Za-z0-9_-]{43})");

  record Parts(String prefix, String secret) {
  }

  private ApiKeyFormat() {
  }

  static Optional<Parts> parse(String key) {
    if (key == null) {
      return Optional.empty();
    }
    Matcher m = SHAPE.matcher(key.strip());
    return m.matches() ? Optional.of(new Parts(m.group(1), m.group(2))) : Optional.empty();
  }

  static String format(String prefix, String secret) {
    return MARK + prefix + "_" + secret;
  }
}
