package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A long-lived key acting with its owner's roles. The secret is shown once at creation and kept
 * only as a hash; the {@code prefix} is the visible, searchable part of the key.
 */
public record ApiKey(ApiKeyId id, UserId owner, String name, String prefix, String secretHash, Instant createdAt,
                     Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {

  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(secretHash, "secretHash");
    Objects.requireNonNull(createdAt, "createdAt");
    lastUsedAt = lastUsedAt == null ? Optional.empty() : lastUsedAt;
    revokedAt = revokedAt == null ? Optional.empty() : revokedAt;
  }

  public boolean isRevoked() {
    return revokedAt.isPresent();
  }

  /** The audited values: never the secret or its hash. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("prefix", prefix);
    m.put("revoked", isRevoked());
    return m;
  }
}
