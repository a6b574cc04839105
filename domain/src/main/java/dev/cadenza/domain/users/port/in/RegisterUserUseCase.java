package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.users.model.User;

/** Opens an account with the user role. Username or e-mail already used: a conflict. */
public interface RegisterUserUseCase {
  /** The new account, as its holder sees it: without the password hash ({@link User#disclosed}). */
  User register(RegisterUserCommand command);
}
