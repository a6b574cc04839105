package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.AccountStatus;
import dev.cadenza.domain.users.model.LastAdminException;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.in.SetUserStatusUseCase;
import dev.cadenza.domain.users.port.in.UserProfile;
import dev.cadenza.domain.users.port.out.SessionRepository;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Objects;
import java.util.Optional;

public final class SetUserStatusService implements SetUserStatusUseCase {

  private final UserRepository users;
  private final SessionRepository sessions;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public SetUserStatusService(UserRepository users, SessionRepository sessions, AuditLog audit,
                              TransactionRunner tx, Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public UserProfile setStatus(Actor admin, UserId id, AccountStatus status, OptionalLong expectedVersion) {
    Access.requireAdmin(admin);
    Objects.requireNonNull(status, "status");
    return tx.inTransaction(() -> {
      // all active admins before the account itself: every such change locks in one order
      int admins = status == AccountStatus.ACTIVE ? -1 : users.lockActiveHolders(Role.ADMIN);
      User current = UserSupport.lockUser(users, id);
      UserSupport.checkVersion(current, expectedVersion);
      Instant now = UserSupport.now(clock);
      User next = current.withStatus(status, now);
      if (admins == 1 && UserSupport.isActiveAdmin(current)) {
        throw new LastAdminException();
      }
      if (next != current) {
        users.update(next);
        if (status == AccountStatus.INACTIVE) {
          sessions.revokeAllOf(id, Optional.empty(), now);
        }
        audit.record(UserSupport.audit(clock, now, admin, "user.status-change", "user", id,
            current.describe(), next.describe()));
      }
      return new UserProfile(next, true);
    });
  }
}
