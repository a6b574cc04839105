package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.users.model.User;
import java.util.Objects;

/**
 * An account as one viewer may see it: {@code privateView} is true for the user and for admins,
 * who also see e-mail, status, roles and creation time. The account given is never the stored one:
 * it holds no password hash ({@link User#WITHHELD_HASH}), and in a public view no e-mail address
 * either ({@link User#disclosed}); status, roles and times are there, for the views that show them.
 */
public record UserProfile(User user, boolean privateView) {
  public UserProfile {
    user = Objects.requireNonNull(user, "user").disclosed(privateView);
  }
}
