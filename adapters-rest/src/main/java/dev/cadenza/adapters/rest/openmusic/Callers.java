package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Who calls an OpenMusic resource, as the shared {@link CallerFilter} resolved it. */
final class Callers {

  private Callers() {
  }

  static Actor caller(ContainerRequestContext request) {
    return CallerFilter.caller(request);
  }

  /**
   * The caller, who must be signed in: checked before the payload, so that a request without a token
   * answers {@code 401} whatever its body (the contract's order).
   */
  static Actor signedIn(ContainerRequestContext request) {
    Actor actor = CallerFilter.caller(request);
    Access.requireUser(actor);
    return actor;
  }
}
