package dev.cadenza.domain.shared.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who asks for a use case: an anonymous caller, a signed-in user with roles, or the system itself
 * (commands, background jobs). Every command carries one so services can authorize and audit.
 */
public record Actor(Kind kind, Optional<UserId> userId, Set<Role> roles) {

  public enum Kind { ANONYMOUS, USER, SYSTEM }

  private static final Actor ANONYMOUS = new Actor(Kind.ANONYMOUS, Optional.empty(), Set.of());
  private static final Actor SYSTEM = new Actor(Kind.SYSTEM, Optional.empty(), Set.of());

  public Actor {
    Objects.requireNonNull(kind, "kind");
    userId = userId == null ? Optional.empty() : userId;
    roles = Set.copyOf(roles);
    if ((kind == Kind.USER) != userId.isPresent()) {
      throw new IllegalArgumentException("exactly the USER kind carries a user id");
    }
  }

  public static Actor anonymous() {
    return ANONYMOUS;
  }

  public static Actor system() {
    return SYSTEM;
  }

  public static Actor user(UserId id, Set<Role> roles) {
    return new Actor(Kind.USER, Optional.of(id), roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** How the audit trail names this actor: the user id, or {@code anonymous} / {@code system}. */
  public String auditName() {
    return userId.map(UserId::toString).orElse(kind.name().toLowerCase(java.util.Locale.ROOT));
  }
}
