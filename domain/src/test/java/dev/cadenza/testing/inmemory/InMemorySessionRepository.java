package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.RefreshToken;
import dev.cadenza.domain.users.model.Session;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.domain.users.port.out.SessionRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link SessionRepository} in maps. */
public final class InMemorySessionRepository implements SessionRepository {

  private final Map<SessionId, Session> sessions = new HashMap<>();
  private final Map<String, RefreshToken> tokens = new HashMap<>();

  @Override
  public synchronized void addSession(Session session) {
    sessions.put(session.id(), session);
  }

  @Override
  public synchronized Optional<Session> findSession(SessionId id) {
    return Optional.ofNullable(sessions.get(id));
  }

  @Override
  public synchronized void addToken(RefreshToken token) {
    if (tokens.putIfAbsent(token.tokenHash(), token) != null) {
      throw new IllegalStateException("duplicate refresh token");
    }
  }

  @Override
  public synchronized Optional<RefreshToken> findTokenForUpdate(String tokenHash) {
    return Optional.ofNullable(tokens.get(tokenHash));
  }

  @Override
  public synchronized void markTokenUsed(String tokenHash, Instant at) {
    RefreshToken t = tokens.get(tokenHash);
    if (t != null) {
      tokens.put(tokenHash, new RefreshToken(t.tokenHash(), t.session(), t.user(), t.issuedAt(), t.expiresAt(),
          Optional.of(at)));
    }
  }

  @Override
  public synchronized boolean revoke(SessionId id, Instant at) {
    Session s = sessions.get(id);
    if (s == null || s.isRevoked()) {
      return false;
    }
    sessions.put(id, s.revokedAt(at));
    return true;
  }

  @Override
  public synchronized int revokeAllOf(UserId user, Optional<SessionId> keep, Instant at) {
    int n = 0;
    for (Session s : sessions.values().stream().toList()) {
      if (s.user().equals(user) && keep.map(k -> !k.equals(s.id())).orElse(true) && revoke(s.id(), at)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public synchronized Purged purgeEndedBefore(Instant cutoff) {
    List<SessionId> ended = sessions.values().stream()
        .filter(s -> s.revokedAt().map(at -> at.isBefore(cutoff)).orElse(false)
            || tokens.values().stream().noneMatch(t -> t.session().equals(s.id()) && !t.expiresAt().isBefore(cutoff)))
        .map(Session::id)
        .toList();
    ended.forEach(sessions::remove);
    tokens.values().removeIf(t -> ended.contains(t.session()));
    int before = tokens.size();
    tokens.values().removeIf(t -> t.expiresAt().isBefore(cutoff));
    return new Purged(ended.size(), before - tokens.size());
  }
}
