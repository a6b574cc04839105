package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.users.model.User;

/** Opens an account with the user role. Username or e-mail already used: a conflict. */
public interface RegisterUserUseCase {
  User register(RegisterUserCommand command);
}
