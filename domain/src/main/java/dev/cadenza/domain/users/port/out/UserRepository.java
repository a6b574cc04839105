package dev.cadenza.domain.users.port.out;

import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.Email;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.model.Username;
import java.util.Optional;

/** The accounts, as a collection. Usernames and e-mail addresses are unique, case-insensitively. */
public interface UserRepository {

  /**
   * Stores a new account. Throws {@link dev.cadenza.domain.users.model.UsernameTakenException} or
   * {@link dev.cadenza.domain.users.model.EmailTakenException} when another account holds either,
   * even when that account is being stored concurrently.
   */
  void add(User user);

  Optional<User> findById(UserId id);

  /** Like {@link #findById}, locking the account until the transaction ends. */
  Optional<User> findByIdForUpdate(UserId id);

  Optional<User> findByUsername(Username username);

  /**
   * Stores the next version (optimistic, see the catalog repositories); e-mail uniqueness as in
   * {@link #add}.
   */
  void update(User user);

  /** Whether any account, active or not, holds {@code role}. */
  boolean existsWithRole(Role role);

  /**
   * Locks the active accounts holding {@code role} until the transaction ends, always in the same
   * order (callers that lock them all cannot deadlock one another), and says how many there are; a
   * change that takes the role from an account, or deactivates it, locks them first, so two such
   * changes run one after the other. In a transaction.
   */
  int lockActiveHolders(Role role);

  /** Whether another account than {@code except} uses this address. */
  boolean emailInUse(Email email, UserId except);
}
