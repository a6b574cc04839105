package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One refresh token of a session, stored only as a hash. A token is used once: refreshing marks it
 * used and issues its successor in the same session; presenting a used token again means it leaked,
 * and the whole session is revoked.
 */
public record RefreshToken(String tokenHash, SessionId session, UserId user, Instant issuedAt, Instant expiresAt,
                           Optional<Instant> usedAt) {
  public RefreshToken {
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    usedAt = usedAt == null ? Optional.empty() : usedAt;
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
