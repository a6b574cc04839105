package dev.cadenza.testing.inmemory;

import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.contract.AbstractApiKeyRepositoryContract;
import dev.cadenza.testing.contract.AbstractSessionRepositoryContract;
import dev.cadenza.testing.contract.AbstractUserRepositoryContract;
import dev.cadenza.testing.contract.AccountStores;
import org.junit.jupiter.api.Nested;

/** The users context's contracts on the in-memory fakes. */
class InMemoryAccountRepositoriesTest {

  static AccountStores stores() {
    return new AccountStores(new InMemoryUserRepository(), new InMemorySessionRepository(),
        new InMemoryApiKeyRepository(), new DirectTransactionRunner());
  }

  @Nested
  class Users extends AbstractUserRepositoryContract {
    @Override
    protected AccountStores newStores() {
      return stores();
    }
  }

  @Nested
  class Sessions extends AbstractSessionRepositoryContract {
    @Override
    protected AccountStores newStores() {
      return stores();
    }
  }

  @Nested
  class ApiKeys extends AbstractApiKeyRepositoryContract {
    @Override
    protected AccountStores newStores() {
      return stores();
    }
  }
}
