package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.NotFoundException;
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
import dev.cadenza.domain.users.port.out.LoginThrottle;
import dev.cadenza.domain.users.port.out.PasswordHasher;
import dev.cadenza.domain.users.port.out.SessionRepository;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changes the caller's own profile. The current password, which a password change needs and any
 * other change may send to confirm it, is checked whenever it is sent: a wrong one refuses the whole
 * change. It is a password guess like a sign-in: it is counted by the {@link LoginThrottle} under the username and the caller's
 * address before it is checked, and the change is refused with
 * {@link dev.cadenza.domain.users.model.TooManyAttemptsException} while either is at the limit; a wrong
 * one stays counted as a failed sign-in and is audited as {@code user.password-check-failed}; a right
 * one clears the username's count, as a sign-in does.
 *
 * <p>The password is checked, and the new one hashed, before the transaction: each takes a
 * bcrypt's time (a quarter of a second by default), which a connection of the pool and the account's
 * row lock should not wait through. The transaction uses them when the account's password is still
 * the one checked against, and checks again in it only when a concurrent change replaced it.
 */
public final class UpdateProfileService implements UpdateProfileUseCase {

  static final String PASSWORD_CHECK_FAILED = "user.password-check-failed";

  private final UserRepository users;
  private final SessionRepository sessions;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final PasswordPolicy policy;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public UpdateProfileService(UserRepository users, SessionRepository sessions, PasswordHasher hasher,
                              LoginThrottle throttle, PasswordPolicy policy, AuditLog audit, TransactionRunner tx,
                              Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.hasher = hasher;
    this.throttle = throttle;
    this.policy = policy;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /** What became of the current-password check of one request; the transaction may run more than once. */
  private enum PasswordCheck { NONE, MATCHED, FAILED }

  /** The check made before the transaction: against which hash, and the new password's hash when it was right. */
  private record Prechecked(String checkedHash, boolean matches, String newHash) {
  }

  @Override
  public UserProfile updateProfile(UpdateProfileCommand c) {
    UserId id = Access.requireUser(c.actor());
    PasswordCheck[] check = {PasswordCheck.NONE};
    if (c.currentPassword().isEmpty()) {
      // nothing to check: a profile change, or a password change refused for want of the current one
      return tx.inTransaction(() -> change(c, id, null, check));
    }
    User before = users.findById(id).orElseThrow(() -> new NotFoundException(UserSupport.USER, id.toString()));
    String username = before.username().value();
    String userKey = SignInThrottling.userKey(username);
    List<String> keys = c.clientAddress() == null ? List.of(userKey)
        : List.of(userKey, SignInThrottling.addressKey(c.clientAddress()));
    SignInThrottling.Attempt attempt = SignInThrottling.begin(throttle, keys);
    try {
      boolean matches = hasher.matches(c.currentPassword().get(), before.passwordHash());
      check[0] = matches ? PasswordCheck.MATCHED : PasswordCheck.FAILED;
      String newHash = null;
      if (matches && c.newPassword().isPresent()) {
        Violations newPassword = new Violations();
        policy.check(newPassword, "password", c.newPassword().get(), before.username());
        newHash = newPassword.isEmpty() ? hasher.hash(c.newPassword().get()) : null;
      }
      Prechecked prechecked = new Prechecked(before.passwordHash(), matches, newHash);
      return tx.inTransaction(() -> change(c, id, prechecked, check));
    } finally {
      if (check[0] == PasswordCheck.FAILED) {
        Instant now = UserSupport.now(clock);
        // Its own transaction: the change's rolled back with the wrong password.
        tx.inTransaction(() -> audit.record(UserSupport.audit(clock, now, c.actor(), PASSWORD_CHECK_FAILED, "user",
            id, Map.of(), Map.of("username", username, "clientAddress", String.valueOf(c.clientAddress())))));
      } else if (check[0] == PasswordCheck.MATCHED) {
        attempt.succeeded(userKey);
      } else {
        attempt.forget();
      }
    }
  }

  private UserProfile change(UpdateProfileCommand c, UserId id, Prechecked prechecked, PasswordCheck[] check) {
    User current = UserSupport.lockUser(users, id);
    UserSupport.checkVersion(current, c.expectedVersion());
    Violations v = new Violations();
    String fullName = c.fullName().isSet() ? UserSupport.fullName(v, c.fullName().applyTo(null)) : current.fullName();
    Optional<Email> email = c.email().isSet() ? UserSupport.email(v, c.email().applyTo(null)) : current.email();
    if (c.currentPassword().isPresent()) {
      if (prechecked != null && prechecked.checkedHash().equals(current.passwordHash())
          ? prechecked.matches() : hasher.matches(c.currentPassword().get(), current.passwordHash())) {
        check[0] = PasswordCheck.MATCHED;
      } else {
        check[0] = PasswordCheck.FAILED;
        v.add("currentPassword", "is not correct");
      }
    } else if (c.newPassword().isPresent()) {
      v.add("currentPassword", "is required to change the password");
    }
    if (c.newPassword().isPresent()) {
      policy.check(v, "password", c.newPassword().get(), current.username());
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
      String hash = prechecked != null && prechecked.newHash() != null ? prechecked.newHash()
          : hasher.hash(c.newPassword().get());
      User withPassword = next.withPasswordHash(hash, now);
      users.update(withPassword);
      int ended = sessions.revokeAllOf(id, c.currentSession(), now);
      audit.record(UserSupport.audit(clock, now, c.actor(), "user.password-change", "user", id, Map.of(),
          Map.of("otherSessionsEnded", ended)));
      next = withPassword;
    }
    return new UserProfile(next, true);
  }
}
