package dev.cadenza.adapters.persistence;

import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.users.model.ApiKey;
import dev.cadenza.domain.users.model.ApiKeyId;
import dev.cadenza.domain.users.model.RefreshToken;
import dev.cadenza.domain.users.model.Session;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.testing.contract.AbstractUserRepositoryContract;
import dev.cadenza.testing.contract.AccountStores;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiUserRepositoryTest extends AbstractUserRepositoryContract {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  private AccountStores stores;

  @Override
  protected AccountStores newStores() {
    DB.truncateAll();
    stores = AccountStoresOnJdbi.of(DB.jdbi());
    return stores;
  }

  @Test
  void deletingAnAccountDeletesItsSessionsTokensAndKeys() {
    Instant t0 = Instant.parse("2026-03-04T05:06:07Z");
    User u = aUser().build();
    Session s = new Session(new SessionId(UUID.randomUUID()), u.id(), t0, Optional.empty());
    RefreshToken t = new RefreshToken("hash-" + UUID.randomUUID(), s.id(), u.id(), t0, t0.plusSeconds(60),
        Optional.empty());
    ApiKey k = new ApiKey(new ApiKeyId(UUID.randomUUID()), u.id(), "ci", "abcdefghij", "hash", t0, Optional.empty(),
        Optional.empty());
    tx.inTransaction(() -> {
      users.add(u);
      stores.sessions().addSession(s);
      stores.sessions().addToken(t);
      stores.apiKeys().add(k);
    });

    DB.jdbi().useHandle(h -> h.execute("DELETE FROM users WHERE id = ?", u.id().value()));

    assertThat(stores.sessions().findSession(s.id())).isEmpty();
    assertThat(tx.inTransaction(() -> stores.sessions().findTokenForUpdate(t.tokenHash()))).isEmpty();
    assertThat(stores.apiKeys().findById(k.id())).isEmpty();
  }
}
