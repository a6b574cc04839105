package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import java.util.OptionalLong;
import java.util.Set;

/** Admins grant or take curator and admin roles; every account keeps the user role. */
public interface SetUserRolesUseCase {
  default UserProfile setRoles(Actor admin, UserId user, Set<Role> roles) {
    return setRoles(admin, user, roles, OptionalLong.empty());
  }

  /**
   * Applies only to {@code expectedVersion} of the account when one is given
   * ({@link dev.cadenza.domain.shared.model.PreconditionFailedException} otherwise).
   */
  UserProfile setRoles(Actor admin, UserId user, Set<Role> roles, OptionalLong expectedVersion);
}
