package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.users.model.User;
import java.util.Objects;

/**
 * An account as one viewer may see it: {@code privateView} is true for the user and for admins,
 * who also see e-mail, status, roles and creation time.
 */
public record UserProfile(User user, boolean privateView) {
  public UserProfile {
    Objects.requireNonNull(user, "user");
  }
}
