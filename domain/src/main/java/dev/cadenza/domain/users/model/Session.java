package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A sign-in: alive until revoked (logout, password change, token reuse, account deactivation).
 *
 * @param rotatesRefreshTokens the rule of the sign-in that opened it: true (Cadenza's) when each of its
 *     refresh tokens is single use; false for a compatibility adapter whose clients reuse one. A
 *     refresh rotates when either the session or the refreshing service says so, so a token from a
 *     rotating sign-in never becomes reusable by being presented elsewhere.
 */
public record Session(SessionId id, UserId user, Instant createdAt, Optional<Instant> revokedAt,
                      boolean rotatesRefreshTokens) {

  /** A session of a rotating sign-in (Cadenza's rule). */
  public Session(SessionId id, UserId user, Instant createdAt, Optional<Instant> revokedAt) {
    this(id, user, createdAt, revokedAt, true);
  }

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(createdAt, "createdAt");
    revokedAt = revokedAt == null ? Optional.empty() : revokedAt;
  }

  public boolean isRevoked() {
    return revokedAt.isPresent();
  }

  /** The same session, revoked at {@code at}. */
  public Session revokedAt(Instant at) {
    return new Session(id, user, createdAt, Optional.of(at), rotatesRefreshTokens);
  }
}
