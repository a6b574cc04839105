package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** What an access token says: whose it is, from which session, with which roles, until when. */
public record AccessClaims(UserId user, SessionId session, Set<Role> roles, Instant issuedAt, Instant expiresAt) {
  public AccessClaims {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(session, "session");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("a token must expire after it is issued");
    }
  }
}
