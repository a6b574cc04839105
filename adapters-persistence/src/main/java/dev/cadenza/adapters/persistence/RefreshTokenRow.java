package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.RefreshToken;
import dev.cadenza.domain.users.model.SessionId;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code refresh_tokens}: a token's fingerprint, never the token; accessors name the parameters. */
record RefreshTokenRow(String tokenHash, UUID sessionId, UUID userId, OffsetDateTime issuedAt,
                       OffsetDateTime expiresAt, OffsetDateTime usedAt) {

  static final String COLUMNS = "token_hash, session_id, user_id, issued_at, expires_at, used_at";

  static RefreshTokenRow of(RefreshToken t) {
    return new RefreshTokenRow(t.tokenHash(), t.session().value(), t.user().value(), Times.toColumn(t.issuedAt()),
        Times.toColumn(t.expiresAt()), t.usedAt().map(Times::toColumn).orElse(null));
  }

  /** Binds every column to the parameter named like its accessor. */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement.bind("tokenHash", tokenHash).bind("sessionId", sessionId).bind("userId", userId)
        .bind("issuedAt", issuedAt).bind("expiresAt", expiresAt).bindByType("usedAt", usedAt, OffsetDateTime.class);
  }

  RefreshToken toToken() {
    return new RefreshToken(tokenHash, new SessionId(sessionId), new UserId(userId), issuedAt.toInstant(),
        expiresAt.toInstant(), Optional.ofNullable(usedAt).map(OffsetDateTime::toInstant));
  }
}
