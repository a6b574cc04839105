package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.AccountStatus;
import dev.cadenza.domain.shared.model.Uuids;
import dev.cadenza.domain.shared.model.Violations;
import dev.cadenza.domain.users.model.Email;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.in.UserProfile;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** What the users services share. */
final class UserSupport {

  static final String USER = "User";
  static final int MAX_FULL_NAME = 100;

  private UserSupport() {
  }

  static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static boolean isActiveAdmin(User user) {
    return user.hasRole(Role.ADMIN) && user.status() == AccountStatus.ACTIVE;
  }

  static User lockUser(UserRepository users, UserId id) {
    return users.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException(USER, id.toString()));
  }

  /**
   * A change that names the version it applies to ({@code If-Match}) is refused when the account has
   * moved on; the failure carries the account as it is now, in the private view (only the user and
   * admins change accounts).
   */
  static void checkVersion(User current, OptionalLong expected) {
    if (expected.isPresent() && expected.getAsLong() != current.version()) {
      throw new PreconditionFailedException(USER, expected.getAsLong(), current.version(),
          new UserProfile(current, true));
    }
  }

  /** Validates an optional e-mail: {@code null} or blank means none. */
  static Optional<Email> email(Violations v, String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(v.capture(() -> Email.parse(raw)));
  }

  static String fullName(Violations v, String raw) {
    return v.text("fullName", raw, true, MAX_FULL_NAME);
  }

  static AuditEntry audit(Clock clock, Instant at, Actor actor, String action, String type, Object id,
                          Map<String, Object> before, Map<String, Object> after) {
    return new AuditEntry(Uuids.v7(clock), at, actor.auditName(), action, type, id.toString(), before, after);
  }
}
