package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.Violations;

/**
 * What a password must satisfy; the one place the rules live. Defaults: 8 to 128 characters, not
 * only spaces, and not the username.
 */
public record PasswordPolicy(int minLength, int maxLength, boolean mayEqualUsername) {

  public static final PasswordPolicy DEFAULT = new PasswordPolicy(8, 128, false);

  public PasswordPolicy {
    if (minLength < 1 || maxLength < minLength || maxLength > 1024) {
      throw new IllegalArgumentException("password lengths must satisfy 1 <= min <= max <= 1024");
    }
  }

  /** Records the violations of {@code password} for {@code field}. */
  public void check(Violations v, String field, String password, Username username) {
    if (password == null || password.isEmpty()) {
      v.add(field, "is required");
      return;
    }
    if (password.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      // the length rule would take eight spaces, which no one means as a secret
      v.add(field, "must not be only spaces");
      return;
    }
    int length = password.codePointCount(0, password.length());
    v.check(length >= minLength, field, "must be at least " + minLength + " characters");
    v.check(length <= maxLength, field, "must be at most " + maxLength + " characters");
    if (!mayEqualUsername && username != null) {
      v.check(!password.equalsIgnoreCase(username.value()), field, "must not be the username");
    }
  }
}
