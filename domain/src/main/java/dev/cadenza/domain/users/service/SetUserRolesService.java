package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.LastAdminException;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.in.SetUserRolesUseCase;
import dev.cadenza.domain.users.port.in.UserProfile;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;

public final class SetUserRolesService implements SetUserRolesUseCase {

  private final UserRepository users;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public SetUserRolesService(UserRepository users, AuditLog audit, TransactionRunner tx, Clock clock) {
    this.users = users;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public UserProfile setRoles(Actor admin, UserId id, Set<Role> roles, OptionalLong expectedVersion) {
    Access.requireAdmin(admin);
    return tx.inTransaction(() -> {
      // all active admins before the account itself: every such change locks in one order
      int admins = roles.contains(Role.ADMIN) ? -1 : users.lockActiveHolders(Role.ADMIN);
      User current = UserSupport.lockUser(users, id);
      UserSupport.checkVersion(current, expectedVersion);
      Instant now = UserSupport.now(clock);
      User next = current.withRoles(roles, now);
      if (admins == 1 && UserSupport.isActiveAdmin(current)) {
        throw new LastAdminException();
      }
      if (next != current) {
        users.update(next);
        audit.record(UserSupport.audit(clock, now, admin, "user.roles-change", "user", id,
            current.describe(), next.describe()));
      }
      return new UserProfile(next, true);
    });
  }
}
