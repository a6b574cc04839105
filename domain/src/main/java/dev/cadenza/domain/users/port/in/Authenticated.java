package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.users.model.SessionId;
import java.util.Objects;
import java.util.Optional;

/** A caller whose credentials checked out: the actor, and the session when it used an access token. */
public record Authenticated(Actor actor, Optional<SessionId> session) {
  public Authenticated {
    Objects.requireNonNull(actor, "actor");
    session = session == null ? Optional.empty() : session;
  }
}
