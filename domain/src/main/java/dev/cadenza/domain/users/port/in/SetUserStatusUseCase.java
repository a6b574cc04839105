package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.AccountStatus;

/**
 * Admins activate or deactivate an account. Deactivating ends every session and stops the user's
 * access tokens and API keys at once.
 */
public interface SetUserStatusUseCase {
  UserProfile setStatus(Actor admin, UserId user, AccountStatus status);
}
