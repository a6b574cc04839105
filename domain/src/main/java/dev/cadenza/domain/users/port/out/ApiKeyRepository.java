package dev.cadenza.domain.users.port.out;

import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.ApiKey;
import dev.cadenza.domain.users.model.ApiKeyId;
import java.time.Instant;
import java.util.Optional;

/** API keys. Prefixes are unique. */
public interface ApiKeyRepository {

  void add(ApiKey key);

  Optional<ApiKey> findByPrefix(String prefix);

  Optional<ApiKey> findById(ApiKeyId id);

  /** The owner's keys, revoked ones included, newest first. */
  Page<ApiKey> listByOwner(UserId owner, PageRequest page);

  /** Marks the key revoked; returns whether it was live. */
  boolean revoke(ApiKeyId id, Instant at);

  /** Records a use; adapters may coarsen this (e.g. at most once a minute). */
  void touch(ApiKeyId id, Instant at);
}
