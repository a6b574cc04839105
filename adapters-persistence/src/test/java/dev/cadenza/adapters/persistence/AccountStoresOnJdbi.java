package dev.cadenza.adapters.persistence;

import dev.cadenza.testing.contract.AccountStores;
import org.jdbi.v3.core.Jdbi;

/** The users context's JDBI repositories and transaction runner over one {@link Jdbi}. */
final class AccountStoresOnJdbi {

  private AccountStoresOnJdbi() {
  }

  static AccountStores of(Jdbi jdbi) {
    return new AccountStores(new JdbiUserRepository(jdbi), new JdbiSessionRepository(jdbi),
        new JdbiApiKeyRepository(jdbi), new JdbiTransactionRunner(jdbi));
  }
}
