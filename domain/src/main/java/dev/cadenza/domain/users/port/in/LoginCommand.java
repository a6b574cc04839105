package dev.cadenza.domain.users.port.in;

/** A sign-in attempt, with the client's address for throttling. */
public record LoginCommand(String username, String password, String clientAddress) {
  @Override
  public String toString() {
    return "LoginCommand[" + username + " from " + clientAddress + "]";
  }
}
