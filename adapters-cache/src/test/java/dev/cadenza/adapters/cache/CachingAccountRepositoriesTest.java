package dev.cadenza.adapters.cache;

import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.AccountStatus;
import dev.cadenza.domain.users.model.ApiKey;
import dev.cadenza.domain.users.model.ApiKeyId;
import dev.cadenza.domain.users.model.Session;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.out.UserRepository;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.contract.AbstractApiKeyRepositoryContract;
import dev.cadenza.testing.contract.AbstractSessionRepositoryContract;
import dev.cadenza.testing.contract.AbstractUserRepositoryContract;
import dev.cadenza.testing.contract.AccountStores;
import dev.cadenza.testing.inmemory.InMemoryApiKeyRepository;
import dev.cadenza.testing.inmemory.InMemorySessionRepository;
import dev.cadenza.testing.inmemory.InMemoryUserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The credential caches: the repository contracts still hold through them, and they evict on change. */
class CachingAccountRepositoriesTest {

  private static final Duration TTL = Duration.ofMinutes(10);

  static AccountStores cachedStores() {
    DirectTransactionRunner tx = new DirectTransactionRunner();
    return new AccountStores(new CachingUserRepository(new InMemoryUserRepository(), tx, TTL),
        new CachingSessionRepository(new InMemorySessionRepository(), tx, TTL),
        new CachingApiKeyRepository(new InMemoryApiKeyRepository(), tx, TTL), tx);
  }

  @Nested
  class UserContract extends AbstractUserRepositoryContract {
    @Override
    protected AccountStores newStores() {
      return cachedStores();
    }
  }

  @Nested
  class CredentialViewContract extends AbstractUserRepositoryContract {
    @Override
    protected AccountStores newStores() {
      AccountStores stores = cachedStores();
      return new AccountStores(((CachingUserRepository) stores.users()).forCredentials(), stores.sessions(),
          stores.apiKeys(), stores.tx());
    }
  }

  @Nested
  class SessionContract extends AbstractSessionRepositoryContract {
    @Override
    protected AccountStores newStores() {
      return cachedStores();
    }
  }

  @Nested
  class ApiKeyContract extends AbstractApiKeyRepositoryContract {
    @Override
    protected AccountStores newStores() {
      return cachedStores();
    }
  }

  private final DirectTransactionRunner tx = new DirectTransactionRunner();
  private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void credentialChecksReadAnAccountOnceAndSeeItsChangeAtOnce() {
    InMemoryUserRepository store = spy(new InMemoryUserRepository());
    CachingUserRepository users = new CachingUserRepository(store, tx, TTL);
    UserRepository credentials = users.forCredentials();
    User ada = aUser().username("ada").build();
    users.add(ada);

    credentials.findById(ada.id());
    credentials.findById(ada.id());
    verify(store, times(1)).findById(ada.id());

    tx.inTransaction(() -> users.update(users.findByIdForUpdate(ada.id()).orElseThrow()
        .withStatus(AccountStatus.INACTIVE, now)));
    assertThat(credentials.findById(ada.id())).hasValueSatisfying(u -> assertThat(u.isActive()).isFalse());
  }

  /**
   * An account shown to a caller must not lag a change another instance made (which this cache does
   * not hear of): the repository's own reads by id go to the store every time.
   */
  @Test
  void accountsShownToCallersAreReadFromTheStoreEveryTime() {
    InMemoryUserRepository store = new InMemoryUserRepository();
    CachingUserRepository users = new CachingUserRepository(store, tx, TTL);
    User ada = aUser().username("ada").build();
    users.add(ada);
    assertThat(users.forCredentials().findById(ada.id())).hasValue(ada);

    // Another instance deactivates ada: the store changes, this cache is not told.
    User changed = ada.withStatus(AccountStatus.INACTIVE, now);
    tx.inTransaction(() -> store.update(changed));

    assertThat(users.findById(ada.id())).hasValue(changed);
    assertThat(users.forCredentials().findById(ada.id())).as("credential checks lag by the TTL at most")
        .hasValue(ada);
  }

  @Test
  void aRolledBackChangeLeavesTheCachedAccountAsStored() {
    CachingUserRepository users = new CachingUserRepository(new InMemoryUserRepository(), tx, TTL);
    UserRepository credentials = users.forCredentials();
    User ada = aUser().username("ada").build();
    users.add(ada);
    credentials.findById(ada.id());
    try {
      tx.inTransaction(() -> {
        credentials.findById(ada.id());
        throw new IllegalStateException("rolled back");
      });
    } catch (IllegalStateException expected) {
      // the transaction failed
    }
    assertThat(credentials.findById(ada.id())).hasValue(ada);
  }

  @Test
  void aRevokedSessionStopsAtOnce() {
    InMemorySessionRepository store = spy(new InMemorySessionRepository());
    CachingSessionRepository sessions = new CachingSessionRepository(store, tx, TTL);
    UserId user = aUser().build().id();
    Session s1 = new Session(SessionId.generate(Clock.systemUTC()), user, now, Optional.empty());
    Session s2 = new Session(SessionId.generate(Clock.systemUTC()), user, now, Optional.empty());
    sessions.addSession(s1);
    sessions.addSession(s2);
    sessions.findSession(s1.id());
    sessions.findSession(s1.id());
    verify(store, times(1)).findSession(s1.id());

    sessions.revoke(s1.id(), now);
    assertThat(sessions.findSession(s1.id())).hasValueSatisfying(s -> assertThat(s.isRevoked()).isTrue());

    sessions.findSession(s2.id());
    sessions.revokeAllOf(user, Optional.empty(), now);
    assertThat(sessions.findSession(s2.id())).hasValueSatisfying(s -> assertThat(s.isRevoked()).isTrue());
  }

  @Test
  void aRevokedKeyStopsAtOnce() {
    InMemoryApiKeyRepository store = spy(new InMemoryApiKeyRepository());
    CachingApiKeyRepository keys = new CachingApiKeyRepository(store, tx, TTL);
    ApiKey key = new ApiKey(ApiKeyId.generate(Clock.systemUTC()), aUser().build().id(), "ci", "cdz_abc123", "hash",
        now, Optional.empty(), Optional.empty());
    keys.add(key);
    keys.findByPrefix(key.prefix());
    keys.findByPrefix(key.prefix());
    verify(store, times(1)).findByPrefix(key.prefix());

    keys.touch(key.id(), now.plusSeconds(90));
    assertThat(keys.findByPrefix(key.prefix())).hasValueSatisfying(
        k -> assertThat(k.lastUsedAt()).hasValue(now.plusSeconds(90)));
    keys.revoke(key.id(), now.plusSeconds(100));
    assertThat(keys.findByPrefix(key.prefix())).hasValueSatisfying(k -> assertThat(k.isRevoked()).isTrue());
  }
}
