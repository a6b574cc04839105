package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Violations;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.Email;
import dev.cadenza.domain.users.model.EmailTakenException;
import dev.cadenza.domain.users.model.PasswordPolicy;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.in.UpdateProfileCommand;
import dev.cadenza.domain.users.port.in.UpdateProfileUseCase;
import dev.cadenza.domain.users.port.in.UserProfile;
import dev.cadenza.domain.users.port.out.PasswordHasher;
import dev.cadenza.domain.users.port.out.SessionRepository;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

public final class UpdateProfileService implements UpdateProfileUseCase {

  private final UserRepository users;
  private final SessionRepository sessions;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public UpdateProfileService(UserRepository users, SessionRepository sessions, PasswordHasher hasher,
                              PasswordPolicy policy, AuditLog audit, TransactionRunner tx, Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.hasher = hasher;
    this.policy = policy;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public UserProfile updateProfile(UpdateProfileCommand c) {
    UserId id = Access.requireUser(c.actor());
    return tx.inTransaction(() -> {
      User current = UserSupport.lockUser(users, id);
      Violations v = new Violations();
      String fullName = c.fullName().isSet() ? UserSupport.fullName(v, c.fullName().applyTo(null)) : current.fullName();
      Optional<Email> email = c.email().isSet() ? UserSupport.email(v, c.email().applyTo(null)) : current.email();
      if (c.newPassword().isPresent()) {
        if (c.currentPassword().isEmpty()) {
          v.add("currentPassword", "is required to change the password");
        } else if (!hasher.matches(c.currentPassword().get(), current.passwordHash())) {
          v.add("currentPassword", "is not correct");
        }
        policy.check(v, "newPassword", c.newPassword().get(), current.username());
      }
      v.throwIfAny();
      if (email.isPresent() && !email.equals(current.email()) && users.emailInUse(email.get(), id)) {
        throw new EmailTakenException();
      }
      Instant now = UserSupport.now(clock);
      User next = current.withProfile(fullName, email, now);
      if (next != current) {
        users.update(next);
        audit.record(UserSupport.audit(clock, now, c.actor(), "user.profile-change", "user", id,
            current.describe(), next.describe()));
      }
      if (c.newPassword().isPresent()) {
        User withPassword = next.withPasswordHash(hasher.hash(c.newPassword().get()), now);
        users.update(withPassword);
        int ended = sessions.revokeAllOf(id, c.currentSession(), now);
        audit.record(UserSupport.audit(clock, now, c.actor(), "user.password-change", "user", id, Map.of(),
            Map.of("otherSessionsEnded", ended)));
        next = withPassword;
      }
      return new UserProfile(next, true);
    });
  }
}
