package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import java.util.OptionalLong;
import dev.cadenza.domain.users.model.AccountStatus;

/**
 * Admins activate or deactivate an account. Deactivating ends every session and stops the user's
 * access tokens and API keys at once.
 */
public interface SetUserStatusUseCase {
  default UserProfile setStatus(Actor admin, UserId user, AccountStatus status) {
    return setStatus(admin, user, status, OptionalLong.empty());
  }

  /**
   * Applies only to {@code expectedVersion} of the account when one is given
   * ({@link dev.cadenza.domain.shared.model.PreconditionFailedException} otherwise).
   */
  UserProfile setStatus(Actor admin, UserId user, AccountStatus status, OptionalLong expectedVersion);
}
