package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.DomainException;

/** The change would leave no active admin, and with none nobody could grant roles again. */
public class LastAdminException extends DomainException {
  public LastAdminException() {
    super("LastAdmin", Kind.CONFLICT, "this is the last active admin: make another account an admin first");
  }
}
