package dev.cadenza.adapters.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import dev.cadenza.domain.users.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt through {@code at.favre.lib:bcrypt}. Passwords longer than bcrypt's 72 bytes are first
 * reduced with SHA-512 (the library's strategy), so every character counts.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

  public static final int DEFAULT_COST = 12;

  private final int cost;
  private final BCrypt.Hasher hasher;
  private final BCrypt.Verifyer verifyer;
  private final String decoy;

  public BcryptPasswordHasher(int cost) {
    if (cost < 4 || cost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be between 4 and 31");
    }
    this.cost = cost;
    this.hasher = BCrypt.with(BCrypt.Version.VERSION_2B, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2B));
    this.verifyer = BCrypt.verifyer(BCrypt.Version.VERSION_2B, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2B));
    this.decoy = hash("decoy password for unknown users");
  }

  @Override
  public String hash(String password) {
    return new String(hasher.hash(cost, password.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII);
  }

  @Override
  public boolean matches(String password, String hash) {
    if (hash == null || !hash.startsWith("$2")) {
      return false;
    }
    return verifyer.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.US_ASCII)).verified;
  }

  @Override
  public void simulateCheck(String password) {
    matches(password, decoy);
  }

  public int cost() {
    return cost;
  }
}
