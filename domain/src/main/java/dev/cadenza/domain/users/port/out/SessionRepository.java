package dev.cadenza.domain.users.port.out;

import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.RefreshToken;
import dev.cadenza.domain.users.model.Session;
import dev.cadenza.domain.users.model.SessionId;
import java.time.Instant;
import java.util.Optional;

/** Sign-in sessions and their refresh tokens. */
public interface SessionRepository {

  void addSession(Session session);

  Optional<Session> findSession(SessionId id);

  void addToken(RefreshToken token);

  /** The token with this hash, locked until the transaction ends, so one token refreshes once. */
  Optional<RefreshToken> findTokenForUpdate(String tokenHash);

  void markTokenUsed(String tokenHash, Instant at);

  /** Revokes one session; returns whether it was alive. */
  boolean revoke(SessionId id, Instant at);

  /** Revokes every live session of {@code user} except {@code keep} (if given); returns how many. */
  int revokeAllOf(UserId user, Optional<SessionId> keep, Instant at);

  /**
   * Deletes what had stopped working before {@code cutoff}: sessions revoked before it, sessions whose
   * every refresh token expired before it (with their tokens), and refresh tokens that expired before
   * it. Nothing still usable at {@code cutoff} goes, so a cutoff some days back keeps recent history
   * (such as a used token presented again, which ends its session) while the tables stop growing.
   */
  Purged purgeEndedBefore(Instant cutoff);

  /** How many sessions and how many refresh tokens (of live sessions) a purge deleted. */
  record Purged(int sessions, int tokens) {
  }
}
