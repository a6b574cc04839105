package dev.cadenza.adapters.persistence;

import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.users.model.RefreshToken;
import dev.cadenza.domain.users.model.Session;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.testing.contract.AbstractSessionRepositoryContract;
import dev.cadenza.testing.contract.AccountStores;
import java.time.Instant;
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
}
