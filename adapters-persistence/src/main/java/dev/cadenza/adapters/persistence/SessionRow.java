package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.Session;
import dev.cadenza.domain.users.model.SessionId;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code sessions}; its accessors name the statement parameters. */
record SessionRow(UUID id, UUID userId, OffsetDateTime createdAt, OffsetDateTime revokedAt,
                  boolean rotatesRefreshTokens) {

  static final String COLUMNS = "id, user_id, created_at, revoked_at, rotates_refresh_tokens";

  static SessionRow of(Session s) {
    return new SessionRow(s.id().value(), s.user().value(), Times.toColumn(s.createdAt()),
        s.revokedAt().map(Times::toColumn).orElse(null), s.rotatesRefreshTokens());
  }

  /** Binds every column to the parameter named like its accessor. */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement.bind("id", id).bind("userId", userId).bind("createdAt", createdAt)
        .bindByType("revokedAt", revokedAt, OffsetDateTime.class).bind("rotatesRefreshTokens", rotatesRefreshTokens);
  }

  Session toSession() {
    return new Session(new SessionId(id), new UserId(userId), createdAt.toInstant(),
        Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant), rotatesRefreshTokens);
  }
}
