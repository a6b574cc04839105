package dev.cadenza.domain.shared.model;

/** A page cursor that this service did not issue for this listing. */
public class InvalidCursorException extends DomainException {
  public InvalidCursorException() {
    super("InvalidCursor", Kind.BAD_REQUEST, "the cursor is not valid for this listing; start again without one");
  }
}
