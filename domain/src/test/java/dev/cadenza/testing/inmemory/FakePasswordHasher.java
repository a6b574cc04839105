package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.users.model.Secrets;
import dev.cadenza.domain.users.port.out.PasswordHasher;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast stand-in for bcrypt: a salted SHA-256, so tests run quickly. Counts checks, so a test can
 * prove that sign-ins of unknown users still spend a check.
 */
public final class FakePasswordHasher implements PasswordHasher {

  private final AtomicInteger checks = new AtomicInteger();

  @Override
  public String hash(String password) {
    String salt = Secrets.randomCode(8);
    return "fake$" + salt + "$" + Secrets.sha256Hex(salt + password);
  }

  @Override
  public boolean matches(String password, String hash) {
    checks.incrementAndGet();
    String[] parts = hash.split("\\$");
    return parts.length == 3 && parts[0].equals("fake") && Secrets.sameHash(parts[2], Secrets.sha256Hex(parts[1] + password));
  }

  @Override
  public void simulateCheck(String password) {
    checks.incrementAndGet();
    Secrets.sha256Hex("simulated" + password);
  }

  public int checks() {
    return checks.get();
  }
}
