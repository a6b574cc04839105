package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.ApiKey;
import dev.cadenza.domain.users.model.ApiKeyId;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code api_keys}: the secret only as its fingerprint; accessors name the parameters. */
record ApiKeyRow(UUID id, UUID ownerId, String name, String prefix, String secretHash, OffsetDateTime createdAt,
                 OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

  static final String COLUMNS = "id, owner_id, name, prefix, secret_hash, created_at, last_used_at, revoked_at";

  static ApiKeyRow of(ApiKey k) {
    return new ApiKeyRow(k.id().value(), k.owner().value(), k.name(), k.prefix(), k.secretHash(),
        Times.toColumn(k.createdAt()), k.lastUsedAt().map(Times::toColumn).orElse(null),
        k.revokedAt().map(Times::toColumn).orElse(null));
  }

  /** Binds every column to the parameter named like its accessor. */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement.bind("id", id).bind("ownerId", ownerId).bind("name", name).bind("prefix", prefix)
        .bind("secretHash", secretHash).bind("createdAt", createdAt)
        .bindByType("lastUsedAt", lastUsedAt, OffsetDateTime.class)
        .bindByType("revokedAt", revokedAt, OffsetDateTime.class);
  }

  ApiKey toApiKey() {
    return new ApiKey(new ApiKeyId(id), new UserId(ownerId), name, prefix, secretHash, createdAt.toInstant(),
        Optional.ofNullable(lastUsedAt).map(OffsetDateTime::toInstant),
        Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant));
  }
}
