package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.DomainException;

/**
 * Sign-in or token refused. One message for every cause (unknown user, wrong password, inactive
 * account, expired or revoked token), so the answer tells an attacker nothing.
 */
public class InvalidCredentialsException extends DomainException {
  public InvalidCredentialsException() {
    super("InvalidCredentials", Kind.UNAUTHENTICATED, "the credentials are not valid");
  }
}
