package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.ApiKey;
import dev.cadenza.domain.users.model.ApiKeyId;
import dev.cadenza.domain.users.port.out.ApiKeyRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An {@link ApiKeyRepository} in a map. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {

  private static final String ORDERING = "newest";
  private final Map<ApiKeyId, ApiKey> keys = new LinkedHashMap<>();

  @Override
  public synchronized void add(ApiKey key) {
    if (keys.values().stream().anyMatch(k -> k.prefix().equals(key.prefix()))) {
      throw new IllegalStateException("duplicate API key prefix");
    }
    keys.put(key.id(), key);
  }

  @Override
  public synchronized Optional<ApiKey> findByPrefix(String prefix) {
    return keys.values().stream().filter(k -> k.prefix().equals(prefix)).findFirst();
  }

  @Override
  public synchronized Optional<ApiKey> findById(ApiKeyId id) {
    return Optional.ofNullable(keys.get(id));
  }

  @Override
  public synchronized Page<ApiKey> listByOwner(UserId owner, PageRequest page) {
    Comparator<ApiKey> newestFirst = Comparator.comparing((ApiKey k) -> k.id().value(), Keysets.UUID_ORDER).reversed();
    return Keysets.page(keys.values().stream().filter(k -> k.owner().equals(owner)).toList().stream(), newestFirst,
        page, cursor -> {
          UUID last = Keysets.uuid(cursor.keyFor(ORDERING, 1).get(0));
          return k -> Keysets.UUID_ORDER.compare(k.id().value(), last) < 0;
        }, k -> Cursor.of(ORDERING, k.id().toString()));
  }

  @Override
  public synchronized boolean revoke(ApiKeyId id, Instant at) {
    ApiKey k = keys.get(id);
    if (k == null || k.isRevoked()) {
      return false;
    }
    keys.put(id, new ApiKey(k.id(), k.owner(), k.name(), k.prefix(), k.secretHash(), k.createdAt(), k.lastUsedAt(),
        Optional.of(at)));
    return true;
  }

  @Override
  public synchronized void touch(ApiKeyId id, Instant at) {
    ApiKey k = keys.get(id);
    if (k != null) {
      keys.put(id, new ApiKey(k.id(), k.owner(), k.name(), k.prefix(), k.secretHash(), k.createdAt(), Optional.of(at),
          k.revokedAt()));
    }
  }
}
