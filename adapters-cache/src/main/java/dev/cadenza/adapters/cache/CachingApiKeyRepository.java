package dev.cadenza.adapters.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.ApiKey;
import dev.cadenza.domain.users.model.ApiKeyId;
import dev.cadenza.domain.users.port.out.ApiKeyRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps API keys looked up by prefix (on every request that presents one) in process memory for a
 * short time. Revoking or recording a use through this instance evicts the key after commit; a
 * revocation through another instance is seen when the entry expires ({@code ttl}).
 */
public final class CachingApiKeyRepository implements ApiKeyRepository {

  private final ApiKeyRepository delegate;
  private final TransactionRunner tx;
  private final Cache<String, Optional<ApiKey>> byPrefix;

  public CachingApiKeyRepository(ApiKeyRepository delegate, TransactionRunner tx, Duration ttl) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.tx = Objects.requireNonNull(tx, "tx");
    this.byPrefix = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build();
  }

  @Override
  public void add(ApiKey key) {
    delegate.add(key);
    evictAfterCommit(key.prefix());
  }

  @Override
  public Optional<ApiKey> findByPrefix(String prefix) {
    return byPrefix.get(prefix, delegate::findByPrefix);
  }

  @Override
  public Optional<ApiKey> findById(ApiKeyId id) {
    return delegate.findById(id);
  }

  @Override
  public Page<ApiKey> listByOwner(UserId owner, PageRequest page) {
    return delegate.listByOwner(owner, page);
  }

  @Override
  public boolean revoke(ApiKeyId id, Instant at) {
    boolean revoked = delegate.revoke(id, at);
    evictKey(id);
    return revoked;
  }

  @Override
  public void touch(ApiKeyId id, Instant at) {
    delegate.touch(id, at);
    evictKey(id);
  }

  private void evictKey(ApiKeyId id) {
    Runnable evict = () -> byPrefix.asMap().entrySet()
        .removeIf(e -> e.getValue().map(k -> k.id().equals(id)).orElse(false));
    evict.run();
    tx.afterCommit(evict);
  }

  private void evictAfterCommit(String prefix) {
    byPrefix.invalidate(prefix);
    tx.afterCommit(() -> byPrefix.invalidate(prefix));
  }
}
