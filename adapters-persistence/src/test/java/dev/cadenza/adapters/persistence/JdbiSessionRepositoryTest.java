package dev.cadenza.adapters.persistence;

import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.users.model.RefreshToken;
import dev.cadenza.domain.users.model.Session;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.out.SessionRepository;
import dev.cadenza.testing.contract.AbstractSessionRepositoryContract;
import dev.cadenza.testing.contract.AccountStores;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiSessionRepositoryTest extends AbstractSessionRepositoryContract {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  @Override
  protected AccountStores newStores() {
    DB.truncateAll();
    return AccountStoresOnJdbi.of(DB.jdbi());
  }

  @Test
  void aTokenBelongsToTheUserOfItsSession() {
    Instant t0 = Instant.parse("2026-03-04T05:06:07Z");
    User owner = aUser().build();
    User someoneElse = aUser().build();
    Session s = new Session(new SessionId(UUID.randomUUID()), owner.id(), t0, Optional.empty());
    tx.inTransaction(() -> {
      users.add(owner);
      users.add(someoneElse);
      sessions.addSession(s);
    });

    assertThatThrownBy(() -> sessions.addToken(new RefreshToken("hash-" + UUID.randomUUID(), s.id(),
        someoneElse.id(), t0, t0.plusSeconds(60), Optional.empty())))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("refresh_tokens_session_fk");
  }

  @Test
  void aPurgeOfMoreThanABatchGoesOnUntilNothingIsLeft() {
    Instant t0 = Instant.parse("2026-03-04T05:06:07Z");
    User owner = aUser().build();
    tx.inTransaction(() -> users.add(owner));
    int sessionsToGo = 2 * JdbiSessionRepository.PURGE_BATCH + 7;
    int tokensToGo = JdbiSessionRepository.PURGE_BATCH + 3;
    DB.jdbi().useHandle(h -> {
      h.createUpdate("INSERT INTO sessions (" + SessionRow.COLUMNS + ") SELECT gen_random_uuid(), :user, :t0, :t0,"
          + " true FROM generate_series(1, :n)").bind("user", owner.id().value()).bind("t0", Times.toColumn(t0))
          .bind("n", sessionsToGo).execute();
      h.createUpdate("INSERT INTO sessions (" + SessionRow.COLUMNS + ") VALUES (:id, :user, :t0, NULL, true)")
          .bind("id", UUID.fromString("00000000-0000-7000-8000-000000000001")).bind("user", owner.id().value())
          .bind("t0", Times.toColumn(t0)).execute();
      h.createUpdate("INSERT INTO refresh_tokens (" + RefreshTokenRow.COLUMNS + ") SELECT 'old-' || n,"
          + " '00000000-0000-7000-8000-000000000001', :user, :t0, :t0, NULL FROM generate_series(1, :n) AS n")
          .bind("user", owner.id().value()).bind("t0", Times.toColumn(t0)).bind("n", tokensToGo).execute();
      h.createUpdate("INSERT INTO refresh_tokens (" + RefreshTokenRow.COLUMNS + ") VALUES ('current',"
          + " '00000000-0000-7000-8000-000000000001', :user, :t0, :later, NULL)")
          .bind("user", owner.id().value()).bind("t0", Times.toColumn(t0))
          .bind("later", Times.toColumn(t0.plusSeconds(86_400))).execute();
    });

    SessionRepository.Purged purged = sessions.purgeEndedBefore(t0.plusSeconds(60));

    assertThat(purged).isEqualTo(new SessionRepository.Purged(sessionsToGo, tokensToGo));
    long left = DB.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM sessions").mapTo(Long.class).one());
    assertThat(left).isOne();
    List<String> tokensLeft = DB.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM refresh_tokens")
        .mapTo(String.class).list());
    assertThat(tokensLeft).containsExactly("current");
  }
}
