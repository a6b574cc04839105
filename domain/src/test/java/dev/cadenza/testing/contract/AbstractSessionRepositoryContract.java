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
}
