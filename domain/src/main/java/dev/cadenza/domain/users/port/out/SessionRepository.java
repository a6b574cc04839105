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
}
