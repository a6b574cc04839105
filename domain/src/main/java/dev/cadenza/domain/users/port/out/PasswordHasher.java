package dev.cadenza.domain.users.port.out;

/** Turns passwords into slow, salted hashes (bcrypt in production) and checks them. */
public interface PasswordHasher {

  String hash(String password);

  boolean matches(String password, String hash);

  /**
   * Spends about as long as {@link #matches} on a real hash, for sign-ins of unknown users, so the
   * answer's timing does not tell which usernames exist.
   */
  void simulateCheck(String password);
}
