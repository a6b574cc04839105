package dev.cadenza.adapters.persistence;

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
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link UserRepository} on PostgreSQL; joins the thread's transaction like {@link JdbiSongRepository}.
 * Uniqueness is the database's: a unique violation of the username or e-mail constraint, also one
 * caused by a concurrent transaction, becomes {@link UsernameTakenException} or
 * {@link EmailTakenException}, and the caller's transaction stays usable.
 */
public final class JdbiUserRepository implements UserRepository {

  static final String USERNAME_UNIQUE = "users_username_unique";
  static final String EMAIL_UNIQUE = "users_email_unique";

  private final UserDao dao;

  public JdbiUserRepository(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, UserDao.class);
  }

  @Override
  public void add(User user) {
    try {
      dao.insert(UserRow.of(user));
    } catch (RuntimeException e) {
      throw translated(e, user);
    }
  }

  @Override
  public Optional<User> findById(UserId id) {
    return dao.findById(id.value()).map(UserRow::toUser);
  }

  @Override
  public Optional<User> findByIdForUpdate(UserId id) {
    return dao.findByIdForUpdate(id.value()).map(UserRow::toUser);
  }

  @Override
  public Optional<User> findByUsername(Username username) {
    return dao.findByUsername(username.value()).map(UserRow::toUser);
  }

  @Override
  public void update(User user) {
    int updated;
    try {
      updated = dao.update(UserRow.of(user));
    } catch (RuntimeException e) {
      throw translated(e, user);
    }
    if (updated == 0) {
      throw new ConcurrentModificationException("User", user.id().toString());
    }
  }

  @Override
  public boolean existsWithRole(Role role) {
    // Every account holds USER (the model adds it, a CHECK keeps it), so there is nothing to count.
    return role == Role.USER ? dao.anyAccount() : dao.countWithRole(UserRow.name(role)) > 0;
  }

  @Override
  public int lockActiveHolders(Role role) {
    return dao.lockWithRoleAndStatus(UserRow.name(role), UserRow.name(AccountStatus.ACTIVE)).size();
  }

  @Override
  public boolean emailInUse(Email email, UserId except) {
    return dao.emailInUse(email.key(), except == null ? null : except.value());
  }

  private static RuntimeException translated(RuntimeException e, User user) {
    return UniqueViolations.constraint(e).<RuntimeException>map(constraint -> switch (constraint) {
      case USERNAME_UNIQUE -> new UsernameTakenException(user.username());
      case EMAIL_UNIQUE -> new EmailTakenException();
      default -> e;
    }).orElse(e);
  }
}
