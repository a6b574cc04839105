package dev.cadenza.adapters.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.Email;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.model.Username;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Accounts for checking credentials: {@link #forCredentials()} reads accounts by id from process
 * memory, kept for a short time, so that checking a caller's credentials (is the account still
 * active, what roles does it have) does not read the database on every request. A change made
 * through this repository (or the view) evicts the account once its transaction has committed;
 * changes made through other instances are seen when the entry expires ({@code ttl}), the lag the
 * credential cache documents. This repository's own reads go to the database: an account shown to a
 * caller ({@code GET /me}, {@code GET /users/{id}}) must not lag a change another instance
 * acknowledged.
 */
public final class CachingUserRepository implements UserRepository {

  private final UserRepository delegate;
  private final TransactionRunner tx;
  private final Cache<UserId, Optional<User>> byId;
  private final UserRepository credentials = new CredentialView();

  public CachingUserRepository(UserRepository delegate, TransactionRunner tx, Duration ttl) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.tx = Objects.requireNonNull(tx, "tx");
    this.byId = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build();
  }

  @Override
  public void add(User user) {
    delegate.add(user);
    evictAfterCommit(user.id());
  }

  @Override
  public Optional<User> findById(UserId id) {
    return delegate.findById(id);
  }

  /** The same accounts, read by id through the in-process cache; every other call is this repository's. */
  public UserRepository forCredentials() {
    return credentials;
  }

  @Override
  public Optional<User> findByIdForUpdate(UserId id) {
    return delegate.findByIdForUpdate(id);
  }

  @Override
  public Optional<User> findByUsername(Username username) {
    return delegate.findByUsername(username);
  }

  @Override
  public void update(User user) {
    delegate.update(user);
    evictAfterCommit(user.id());
  }

  @Override
  public boolean existsWithRole(Role role) {
    return delegate.existsWithRole(role);
  }

  @Override
  public int lockActiveHolders(Role role) {
    return delegate.lockActiveHolders(role);
  }

  @Override
  public boolean emailInUse(Email email, UserId except) {
    return delegate.emailInUse(email, except);
  }

  /** {@link #forCredentials()}. */
  private final class CredentialView implements UserRepository {

    @Override
    public void add(User user) {
      CachingUserRepository.this.add(user);
    }

    @Override
    public Optional<User> findById(UserId id) {
      return byId.get(id, delegate::findById);
    }

    @Override
    public Optional<User> findByIdForUpdate(UserId id) {
      return CachingUserRepository.this.findByIdForUpdate(id);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
      return CachingUserRepository.this.findByUsername(username);
    }

    @Override
    public void update(User user) {
      CachingUserRepository.this.update(user);
    }

    @Override
    public boolean existsWithRole(Role role) {
      return CachingUserRepository.this.existsWithRole(role);
    }

    @Override
    public int lockActiveHolders(Role role) {
      return CachingUserRepository.this.lockActiveHolders(role);
    }

    @Override
    public boolean emailInUse(Email email, UserId except) {
      return CachingUserRepository.this.emailInUse(email, except);
    }
  }

  private void evictAfterCommit(UserId id) {
    // Evicted now as well, so this transaction's own later reads do not see the cached old row.
    byId.invalidate(id);
    tx.afterCommit(() -> byId.invalidate(id));
  }
}
