package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.users.model.AccountStatus;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.Email;
import dev.cadenza.domain.users.model.EmailTakenException;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.model.Username;
import dev.cadenza.domain.users.model.UsernameTakenException;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A {@link UserRepository} in a map; uniqueness checked atomically like the database does. */
public final class InMemoryUserRepository implements UserRepository {

  private final Map<UserId, User> users = new LinkedHashMap<>();

  @Override
  public synchronized void add(User user) {
    requireHash(user);
    if (users.containsKey(user.id())) {
      throw new IllegalStateException("user " + user.id() + " exists already");
    }
    checkUnique(user);
    users.put(user.id(), user);
  }

  private void checkUnique(User user) {
    for (User other : users.values()) {
      if (other.id().equals(user.id())) {
        continue;
      }
      if (other.username().equals(user.username())) {
        throw new UsernameTakenException(user.username());
      }
      if (user.email().isPresent() && other.email().map(e -> e.key().equals(user.email().get().key())).orElse(false)) {
        throw new EmailTakenException();
      }
    }
  }

  @Override
  public synchronized Optional<User> findById(UserId id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public Optional<User> findByIdForUpdate(UserId id) {
    return findById(id);
  }

  @Override
  public synchronized Optional<User> findByUsername(Username username) {
    return users.values().stream().filter(u -> u.username().equals(username)).findFirst();
  }

  @Override
  public synchronized void update(User user) {
    requireHash(user);
    User stored = users.get(user.id());
    if (stored == null || stored.version() != user.version() - 1) {
      throw new ConcurrentModificationException("User", user.id().toString());
    }
    checkUnique(user);
    users.put(user.id(), user);
  }

  @Override
  public synchronized boolean existsWithRole(Role role) {
    return users.values().stream().anyMatch(u -> u.hasRole(role));
  }

  /** Counts them; the in-memory transaction runner runs one transaction at a time, so nothing to lock. */
  @Override
  public synchronized int lockActiveHolders(Role role) {
    return (int) users.values().stream().filter(u -> u.hasRole(role) && u.status() == AccountStatus.ACTIVE).count();
  }

  @Override
  public synchronized boolean emailInUse(Email email, UserId except) {
    return users.values().stream().anyMatch(u -> !Objects.equals(u.id(), except)
        && u.email().map(e -> e.key().equals(email.key())).orElse(false));
  }

  /** As the database's check: an account handed out by a use case ({@link User#disclosed}) is no row. */
  private static void requireHash(User user) {
    if (user.passwordHash().equals(User.WITHHELD_HASH)) {
      throw new IllegalArgumentException("account " + user.id() + " has its password hash withheld; store the"
          + " repository's own copy");
    }
  }
}
