package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Set;

/** Admins grant or take curator and admin roles; every account keeps the user role. */
public interface SetUserRolesUseCase {
  UserProfile setRoles(Actor admin, UserId user, Set<Role> roles);
}
