package dev.cadenza.domain.shared.model;

/** The checks every context makes on the actor before acting. */
public final class Access {

  private Access() {
  }

  /** The signed-in user, or {@link AuthenticationRequiredException}. */
  public static UserId requireUser(Actor actor) {
    return actor.userId().orElseThrow(AuthenticationRequiredException::new);
  }

  /** Passes for admins; anonymous callers must sign in, others are refused. */
  public static void requireAdmin(Actor actor) {
    requireUser(actor);
    if (!actor.hasRole(Role.ADMIN)) {
      throw new AccessDeniedException("this needs the admin role");
    }
  }

  /** Whether {@code actor} is {@code user} or an admin: who may see a user's private data. */
  public static boolean isSelfOrAdmin(Actor actor, UserId user) {
    return actor.hasRole(Role.ADMIN) || actor.userId().map(user::equals).orElse(false);
  }
}
