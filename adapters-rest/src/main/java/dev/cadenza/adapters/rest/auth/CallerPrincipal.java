package dev.cadenza.adapters.rest.auth;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.domain.users.port.in.Authenticated;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * The one principal both authentication filters produce, whichever credential the caller
 * presented: the domain's {@link Authenticated} (the actor, and the session when an access token
 * was used). Its name is the actor's audit name, the user id.
 */
public record CallerPrincipal(Authenticated authenticated) implements Principal {

  public CallerPrincipal {
    Objects.requireNonNull(authenticated, "authenticated");
  }

  public Actor actor() {
    return authenticated.actor();
  }

  /** The sign-in session behind an access token; empty for API keys. */
  public Optional<SessionId> session() {
    return authenticated.session();
  }

  /** The principal the authentication chain put on {@code request}; empty for anonymous callers. */
  public static Optional<CallerPrincipal> of(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    if (security != null && security.getUserPrincipal() instanceof CallerPrincipal principal) {
      return Optional.of(principal);
    }
    return Optional.empty();
  }

  /** The session of the caller of {@code request}, when it signed in with an access token. */
  public static Optional<SessionId> sessionOf(ContainerRequestContext request) {
    return of(request).flatMap(CallerPrincipal::session);
  }

  @Override
  public String getName() {
    return authenticated.actor().auditName();
  }
}
