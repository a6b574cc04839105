package dev.cadenza.domain.users.service;

import java.util.Optional;

/** API keys read {@code cdz_<prefix>_<secret>}: the prefix finds the key, the secret proves it. */
final class ApiKeyFormat {

  static final String MARK = "cdz_";
  static final int PREFIX_LENGTH = 10;
  static final int SECRET_BYTES = 32;
  /** Base64url without padding of {@link #SECRET_BYTES} bytes. */
  static final int SECRET_LENGTH = 43;

  record Parts(String prefix, String secret) {
  }

  private ApiKeyFormat() {
  }

  static Optional<Parts> parse(String key) {
    if (key == null) {
      return Optional.empty();
    }
    // read on every request that carries a key: a plain scan rather than a regular expression
    String k = key.strip();
    int secretStart = MARK.length() + PREFIX_LENGTH + 1;
    if (k.length() != secretStart + SECRET_LENGTH || !k.startsWith(MARK) || k.charAt(secretStart - 1) != '_') {
      return Optional.empty();
    }
    for (int i = MARK.length(); i < secretStart - 1; i++) {
      char c = k.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return Optional.empty();
      }
    }
    for (int i = secretStart; i < k.length(); i++) {
      char c = k.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
        return Optional.empty();
      }
    }
    return Optional.of(new Parts(k.substring(MARK.length(), secretStart - 1), k.substring(secretStart)));
  }

  static String format(String prefix, String secret) {
    return MARK + prefix + "_" + secret;
  }
}
