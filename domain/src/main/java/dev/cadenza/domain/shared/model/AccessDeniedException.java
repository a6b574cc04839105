package dev.cadenza.domain.shared.model;

/** The caller is known but may not perform this action. */
public class AccessDeniedException extends DomainException {
  public AccessDeniedException(String message) {
    super("AccessDenied", Kind.FORBIDDEN, message);
  }
}
