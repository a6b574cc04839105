package dev.cadenza.adapters.security;

import java.util.Base64;
import java.util.Objects;

/**
 * One HMAC key for access tokens, with the id ({@code kid}) that tokens name. At least 256 bits.
 * Configured as {@code kid:base64-secret}.
 */
public record SigningKey(String id, byte[] secret) {

  public SigningKey {
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || !id.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("a key id is 1 to 64 of A-Z a-z 0-9 . _ -");
    }
    if (secret == null || secret.length < 32) {
      throw new IllegalArgumentException("signing key " + id + " must have at least 256 bits");
    }
    secret = secret.clone();
  }

  /** Reads {@code kid:base64-secret} (standard or URL-safe base64). */
  public static SigningKey parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("a signing key is written kid:base64-secret");
    }
    String encoded = text.substring(colon + 1).strip();
    byte[] secret;
    try {
      secret = encoded.contains("-") || encoded.contains("_")
          ? Base64.getUrlDecoder().decode(encoded) : Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the secret of signing key " + text.substring(0, colon) + " is not base64", e);
    }
    return new SigningKey(text.substring(0, colon).strip(), secret);
  }

  @Override
  public byte[] secret() {
    return secret.clone();
  }

  @Override
  public String toString() {
    return "SigningKey[" + id + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SigningKey k && k.id.equals(id) && java.util.Arrays.equals(k.secret, secret);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
