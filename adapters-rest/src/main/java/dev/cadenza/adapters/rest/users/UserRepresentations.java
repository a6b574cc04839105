package dev.cadenza.adapters.rest.users;

import dev.cadenza.adapters.rest.problem.Representations;
import dev.cadenza.domain.users.port.in.UserProfile;
import java.util.Optional;

/** Shows the users context's current states (accounts) in {@code 412} answers. */
public final class UserRepresentations implements Representations {

  @Override
  public Optional<Representation> represent(Object state) {
    return state instanceof UserProfile profile ? Optional.of(UsersWire.represent(profile)) : Optional.empty();
  }
}
