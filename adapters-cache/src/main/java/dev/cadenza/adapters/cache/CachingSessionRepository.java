package dev.cadenza.adapters.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.RefreshToken;
import dev.cadenza.domain.users.model.Session;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.domain.users.port.out.SessionRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps sessions read by id in process memory for a short time (an access token names its
 * session, which must not be revoked). Revocations made through this instance evict after commit;
 * those made through other instances are seen when the entry expires ({@code ttl}). Refresh tokens
 * are never cached: they are read for update.
 */
public final class CachingSessionRepository implements SessionRepository {

  private final SessionRepository delegate;
  private final TransactionRunner tx;
  private final Cache<SessionId, Optional<Session>> byId;

  public CachingSessionRepository(SessionRepository delegate, TransactionRunner tx, Duration ttl) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.tx = Objects.requireNonNull(tx, "tx");
    this.byId = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build();
  }

  @Override
  public void addSession(Session session) {
    delegate.addSession(session);
    evictAfterCommit(session.id());
  }

  @Override
  public Optional<Session> findSession(SessionId id) {
    return byId.get(id, delegate::findSession);
  }

  @Override
  public void addToken(RefreshToken token) {
    delegate.addToken(token);
  }

  @Override
  public Optional<RefreshToken> findTokenForUpdate(String tokenHash) {
    return delegate.findTokenForUpdate(tokenHash);
  }

  @Override
  public void markTokenUsed(String tokenHash, Instant at) {
    delegate.markTokenUsed(tokenHash, at);
  }

  @Override
  public boolean revoke(SessionId id, Instant at) {
    boolean revoked = delegate.revoke(id, at);
    evictAfterCommit(id);
    return revoked;
  }

  @Override
  public int revokeAllOf(UserId user, Optional<SessionId> keep, Instant at) {
    int revoked = delegate.revokeAllOf(user, keep, at);
    Runnable evict = () -> byId.asMap().entrySet()
        .removeIf(e -> e.getValue().map(s -> s.user().equals(user)).orElse(false));
    evict.run();
    tx.afterCommit(evict);
    return revoked;
  }

  private void evictAfterCommit(SessionId id) {
    byId.invalidate(id);
    tx.afterCommit(() -> byId.invalidate(id));
  }

  /** Purged sessions had ended (revoked or expired), which a cached copy already tells or will within its TTL. */
  @Override
  public Purged purgeEndedBefore(Instant cutoff) {
    return delegate.purgeEndedBefore(cutoff);
  }
}
