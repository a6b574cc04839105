package dev.cadenza.adapters.rest;

import dev.cadenza.domain.shared.model.DomainException;

/** Domain errors of kinds the music context does not raise yet. */
final class TestDomainErrors {

  private TestDomainErrors() {
  }

  static final class Unauthenticated extends DomainException {
    Unauthenticated() {
      super("InvalidCredentials", Kind.UNAUTHENTICATED, "the access token has expired");
    }
  }

  static final class RateLimited extends DomainException {
    RateLimited() {
      super("TooManyAttempts", Kind.RATE_LIMITED, "too many attempts; wait a minute");
    }
  }
}
