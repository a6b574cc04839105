package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Uuids;
import dev.cadenza.domain.shared.model.Violations;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.Email;
import dev.cadenza.domain.users.model.EmailTakenException;
import dev.cadenza.domain.users.model.PasswordPolicy;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.model.Username;
import dev.cadenza.domain.users.port.in.RegisterUserCommand;
import dev.cadenza.domain.users.port.in.RegisterUserUseCase;
import dev.cadenza.domain.users.port.out.PasswordHasher;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class RegisterUserService implements RegisterUserUseCase {

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public RegisterUserService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy, AuditLog audit,
                             TransactionRunner tx, Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.policy = policy;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public User register(RegisterUserCommand command) {
    return register(command, Set.of(Role.USER)).disclosed(true);
  }

  /** Also used to create the first admin. */
  User register(RegisterUserCommand command, Set<Role> roles) {
    Violations v = new Violations();
    Username username = v.capture(() -> new Username(command.username()));
    String fullName = UserSupport.fullName(v, command.fullName());
    Optional<Email> email = UserSupport.email(v, command.email());
    policy.check(v, "password", command.password(), username);
    v.throwIfAny();
    String hash = hasher.hash(command.password());
    return tx.inTransaction(() -> {
      if (email.isPresent() && users.emailInUse(email.get(), null)) {
        throw new EmailTakenException();
      }
      Instant now = UserSupport.now(clock);
      User user = User.register(new UserId(Uuids.v7(clock)), username, fullName, email, hash, roles, now);
      users.add(user);
      audit.record(UserSupport.audit(clock, now, command.actor(), "user.register", "user", user.id(), Map.of(),
          user.describe()));
      return user;
    });
  }
}
