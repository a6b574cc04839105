package dev.cadenza.domain.shared.model;

/** A write lost a race with another write of the same resource. Retrying usually succeeds. */
public class ConcurrentModificationException extends DomainException {
  public ConcurrentModificationException(String resourceType, String resourceId) {
    super("ConcurrentModification", Kind.CONFLICT,
        resourceType + " " + resourceId + " was changed by someone else at the same time; retry");
  }
}
