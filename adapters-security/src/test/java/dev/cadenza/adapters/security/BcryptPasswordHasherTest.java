package dev.cadenza.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {

  private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

  @Test
  void hashesAreSaltedBcryptAndVerify() {
    String a = hasher.hash("correct horse battery");
    String b = hasher.hash("correct horse battery");

    assertThat(a).startsWith("$2b$04$").isNotEqualTo(b);
    assertThat(hasher.matches("correct horse battery", a)).isTrue();
    assertThat(hasher.matches("correct horse batterY", a)).isFalse();
    assertThat(hasher.matches("anything", "not a bcrypt hash")).isFalse();
  }

  @Test
  void everyCharacterOfALongPasswordCounts() {
    String longPassword = "x".repeat(100);
    String hash = hasher.hash(longPassword);

    assertThat(hasher.matches(longPassword, hash)).isTrue();
    assertThat(hasher.matches("x".repeat(99) + "y", hash)).as("beyond bcrypt's 72 bytes").isFalse();
  }

  @Test
  void theDefaultCostIsTwelveAndBoundsAreChecked() {
    assertThat(BcryptPasswordHasher.DEFAULT_COST).isEqualTo(12);
    assertThat(new BcryptPasswordHasher(5).hash("p")).startsWith("$2b$05$");
    assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void simulatedChecksTakeAboutAsLongAsRealOnes() {
    BcryptPasswordHasher slow = new BcryptPasswordHasher(10);
    String hash = slow.hash("secret password");
    long real = time(() -> slow.matches("wrong password", hash));
    long simulated = time(() -> slow.simulateCheck("wrong password"));

    assertThat((double) simulated).isBetween(real / 3.0, real * 3.0);
  }

  private static long time(Runnable r) {
    r.run();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      r.run();
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }
}
