package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.users.port.in.CreateAdminUseCase;
import dev.cadenza.domain.users.port.in.RegisterUserCommand;
import dev.cadenza.domain.users.port.in.UserProfile;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.util.Optional;
import java.util.Set;

public final class CreateAdminService implements CreateAdminUseCase {

  private final UserRepository users;
  private final RegisterUserService register;

  public CreateAdminService(UserRepository users, RegisterUserService register) {
    this.users = users;
    this.register = register;
  }

  @Override
  public Optional<UserProfile> createAdminIfNone(String username, String password, String fullName) {
    if (users.existsWithRole(Role.ADMIN)) {
      return Optional.empty();
    }
    return Optional.of(new UserProfile(register.register(
        new RegisterUserCommand(Actor.system(), username, password, fullName, null), Set.of(Role.USER, Role.ADMIN)),
        true));
  }
}
