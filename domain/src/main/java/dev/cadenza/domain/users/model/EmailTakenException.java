package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.DomainException;

/** Another account already uses this e-mail address (case-insensitively). */
public class EmailTakenException extends DomainException {
  public EmailTakenException() {
    super("EmailTaken", Kind.CONFLICT, "this e-mail address belongs to another account");
  }
}
