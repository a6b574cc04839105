package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.shared.model.Actor;
import java.util.Objects;

/**
 * A new account. Raw strings: the service validates them all at once against the username rules,
 * the password policy and the e-mail shape. {@code email} may be {@code null}.
 */
public record RegisterUserCommand(Actor actor, String username, String password, String fullName, String email) {
  public RegisterUserCommand {
    Objects.requireNonNull(actor, "actor");
  }

  @Override
  public String toString() {
    return "RegisterUserCommand[" + username + ", password hidden]";
  }
}
