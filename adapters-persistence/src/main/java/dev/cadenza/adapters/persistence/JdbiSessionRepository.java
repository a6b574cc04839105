package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.RefreshToken;
import dev.cadenza.domain.users.model.Session;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.domain.users.port.out.SessionRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link SessionRepository} on PostgreSQL ({@code sessions} and {@code refresh_tokens}); joins the
 * thread's transaction like {@link JdbiSongRepository}. A token's session must be stored first.
 */
public final class JdbiSessionRepository implements SessionRepository {

  /** Rows one purge statement deletes at most. */
  static final int PURGE_BATCH = Purges.BATCH;

  private final SessionDao sessions;
  private final RefreshTokenDao tokens;

  public JdbiSessionRepository(Jdbi jdbi) {
    this.sessions = CadenzaJdbi.onDemand(jdbi, SessionDao.class);
    this.tokens = CadenzaJdbi.onDemand(jdbi, RefreshTokenDao.class);
  }

  @Override
  public void addSession(Session session) {
    sessions.insert(SessionRow.of(session));
  }

  @Override
  public Optional<Session> findSession(SessionId id) {
    return sessions.findById(id.value()).map(SessionRow::toSession);
  }

  @Override
  public void addToken(RefreshToken token) {
    tokens.insert(RefreshTokenRow.of(token));
  }

  @Override
  public Optional<RefreshToken> findTokenForUpdate(String tokenHash) {
    return tokens.findForUpdate(tokenHash).map(RefreshTokenRow::toToken);
  }

  @Override
  public void markTokenUsed(String tokenHash, Instant at) {
    tokens.markUsed(tokenHash, Times.toColumn(at));
  }

  @Override
  public boolean revoke(SessionId id, Instant at) {
    return sessions.revoke(id.value(), Times.toColumn(at)) > 0;
  }

  @Override
  public int revokeAllOf(UserId user, Optional<SessionId> keep, Instant at) {
    return sessions.revokeAllOf(user.value(), keep.map(SessionId::value).orElse(null), Times.toColumn(at));
  }

  /** In batches of {@value #PURGE_BATCH} rows ({@link Purges}). */
  @Override
  public Purged purgeEndedBefore(Instant cutoff) {
    OffsetDateTime at = Times.toColumn(cutoff);
    int ended = Purges.inBatches(batch -> sessions.purgeEndedBefore(at, batch));
    return new Purged(ended, Purges.inBatches(batch -> tokens.purgeExpiredBefore(at, batch)));
  }
}
