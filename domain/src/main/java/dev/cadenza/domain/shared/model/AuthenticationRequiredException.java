package dev.cadenza.domain.shared.model;

/** The action needs a signed-in caller, and there is none. */
public class AuthenticationRequiredException extends DomainException {
  public AuthenticationRequiredException() {
    super("AuthenticationRequired", Kind.UNAUTHENTICATED, "sign in to do this");
  }
}
