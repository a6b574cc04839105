package dev.cadenza.testing.contract;

import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.RefreshToken;
import dev.cadenza.domain.users.model.Session;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.out.SessionRepository;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SessionRepository} must do. */
public abstract class AbstractSessionRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.000008Z");

  protected SessionRepository sessions;
  protected UserRepository users;
  protected TransactionRunner tx;

  protected abstract AccountStores newStores();

  @BeforeEach
  void freshStores() {
    AccountStores stores = newStores();
    sessions = stores.sessions();
    users = stores.users();
    tx = stores.tx();
  }

  private User user() {
    User u = aUser().build();
    tx.inTransaction(() -> users.add(u));
    return u;
  }

  private Session session(User u) {
    Session s = new Session(new SessionId(UUID.randomUUID()), u.id(), T0, Optional.empty());
    tx.inTransaction(() -> sessions.addSession(s));
    return s;
  }

  private RefreshToken token(Session s, String hash) {
    RefreshToken t = new RefreshToken(hash, s.id(), s.user(), T0, T0.plusSeconds(3600), Optional.empty());
    tx.inTransaction(() -> sessions.addToken(t));
    return t;
  }

  @Test
  void storesSessionsAndTokens() {
    Session s = session(user());
    RefreshToken t = token(s, "hash-" + UUID.randomUUID());

    assertThat(sessions.findSession(s.id())).contains(s);
    assertThat(tx.inTransaction(() -> sessions.findTokenForUpdate(t.tokenHash()))).contains(t);
    assertThat(tx.inTransaction(() -> sessions.findTokenForUpdate("unknown"))).isEmpty();
    assertThat(sessions.findSession(new SessionId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void keepsWhetherASessionRotatesItsRefreshTokens() {
    User u = user();
    Session reusable = new Session(new SessionId(UUID.randomUUID()), u.id(), T0, Optional.empty(), false);
    tx.inTransaction(() -> sessions.addSession(reusable));
    Session rotating = session(u);

    assertThat(sessions.findSession(reusable.id())).contains(reusable);
    assertThat(sessions.findSession(rotating.id()).orElseThrow().rotatesRefreshTokens()).isTrue();
    tx.inTransaction(() -> sessions.revoke(reusable.id(), T0.plusSeconds(5)));
    assertThat(sessions.findSession(reusable.id()).orElseThrow().rotatesRefreshTokens()).isFalse();
  }

  @Test
  void marksTokensUsed() {
    RefreshToken t = token(session(user()), "hash-" + UUID.randomUUID());
    Instant used = T0.plusSeconds(60);

    tx.inTransaction(() -> sessions.markTokenUsed(t.tokenHash(), used));

    assertThat(tx.inTransaction(() -> sessions.findTokenForUpdate(t.tokenHash())).orElseThrow().usedAt())
        .contains(used);
  }

  @Test
  void revokesOneSessionOnce() {
    Session s = session(user());
    Instant at = T0.plusSeconds(5);

    assertThat(tx.inTransaction(() -> sessions.revoke(s.id(), at))).isTrue();
    assertThat(tx.inTransaction(() -> sessions.revoke(s.id(), at.plusSeconds(1)))).isFalse();
    assertThat(sessions.findSession(s.id()).orElseThrow().revokedAt()).contains(at);
  }

  @Test
  void revokesAllOfAUserButTheOneToKeep() {
    User u = user();
    User other = user();
    Session keep = session(u);
    Session a = session(u);
    Session b = session(u);
    Session foreign = session(other);

    int revoked = tx.inTransaction(() -> sessions.revokeAllOf(u.id(), Optional.of(keep.id()), T0.plusSeconds(9)));

    assertThat(revoked).isEqualTo(2);
    assertThat(sessions.findSession(keep.id()).orElseThrow().isRevoked()).isFalse();
    assertThat(sessions.findSession(a.id()).orElseThrow().isRevoked()).isTrue();
    assertThat(sessions.findSession(b.id()).orElseThrow().isRevoked()).isTrue();
    assertThat(sessions.findSession(foreign.id()).orElseThrow().isRevoked()).isFalse();
    assertThat(tx.inTransaction(() -> sessions.revokeAllOf(u.id(), Optional.empty(), T0.plusSeconds(10))))
        .isEqualTo(1);
  }

  @Test
  void purgesWhatStoppedWorkingBeforeTheCutoffAndNothingElse() {
    User u = user();
    Instant cutoff = T0.plusSeconds(7200);
    Session revokedEarly = session(u);
    token(revokedEarly, "early-" + UUID.randomUUID());
    tx.inTransaction(() -> sessions.revoke(revokedEarly.id(), T0.plusSeconds(60)));
    Session revokedLate = session(u);
    RefreshToken lateToken = new RefreshToken("late-" + UUID.randomUUID(), revokedLate.id(), u.id(), T0,
        cutoff.plusSeconds(3600), Optional.empty());
    tx.inTransaction(() -> sessions.addToken(lateToken));
    tx.inTransaction(() -> sessions.revoke(revokedLate.id(), cutoff.plusSeconds(1)));
    Session expired = session(u);
    RefreshToken expiredToken = token(expired, "expired-" + UUID.randomUUID());
    Session live = session(u);
    RefreshToken usedLongAgo = token(live, "used-" + UUID.randomUUID());
    RefreshToken current = new RefreshToken("current-" + UUID.randomUUID(), live.id(), live.user(), T0,
        cutoff.plusSeconds(3600), Optional.empty());
    tx.inTransaction(() -> sessions.addToken(current));

    SessionRepository.Purged purged = tx.inTransaction(() -> sessions.purgeEndedBefore(cutoff));

    assertThat(purged).isEqualTo(new SessionRepository.Purged(2, 1));
    assertThat(sessions.findSession(revokedEarly.id())).isEmpty();
    assertThat(sessions.findSession(expired.id())).isEmpty();
    assertThat(tx.inTransaction(() -> sessions.findTokenForUpdate(expiredToken.tokenHash()))).isEmpty();
    assertThat(sessions.findSession(revokedLate.id())).as("revoked after the cutoff").isPresent();
    assertThat(sessions.findSession(live.id())).isPresent();
    assertThat(tx.inTransaction(() -> sessions.findTokenForUpdate(current.tokenHash()))).contains(current);
    assertThat(tx.inTransaction(() -> sessions.findTokenForUpdate(usedLongAgo.tokenHash())))
        .as("a live session's token that expired before the cutoff").isEmpty();
    assertThat(tx.inTransaction(() -> sessions.findTokenForUpdate(lateToken.tokenHash()))).isPresent();
    assertThat(tx.inTransaction(() -> sessions.purgeEndedBefore(cutoff))).isEqualTo(new SessionRepository.Purged(0, 0));
  }
}
