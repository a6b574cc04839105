package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A sign-in: alive until revoked (logout, password change, token reuse, account deactivation). */
public record Session(SessionId id, UserId user, Instant createdAt, Optional<Instant> revokedAt) {
  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(createdAt, "createdAt");
    revokedAt = revokedAt == null ? Optional.empty() : revokedAt;
  }

  public boolean isRevoked() {
    return revokedAt.isPresent();
  }
}
