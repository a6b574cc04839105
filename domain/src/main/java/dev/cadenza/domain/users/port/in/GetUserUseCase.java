package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;

/** A user's profile, public or private depending on who asks. */
public interface GetUserUseCase {
  UserProfile getUser(Actor viewer, UserId id);
}
