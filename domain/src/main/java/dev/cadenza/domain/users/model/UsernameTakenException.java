package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.DomainException;

/** Another account already has this username (case-insensitively). */
public class UsernameTakenException extends DomainException {
  public UsernameTakenException(Username username) {
    super("UsernameTaken", Kind.CONFLICT, "the username " + username + " is taken");
  }
}
