package dev.cadenza.domain.shared.model;

/**
 * The caller expected another version of the resource than the current one. Carries the current
 * state so the caller can retry from it without another round trip.
 */
public class PreconditionFailedException extends DomainException {

  private final long currentVersion;
  private final transient Object current;

  public PreconditionFailedException(String resourceType, long expectedVersion, long currentVersion, Object current) {
    super("StaleVersion", Kind.PRECONDITION_FAILED,
        resourceType + " is at version " + currentVersion + ", not " + expectedVersion);
    this.currentVersion = currentVersion;
    this.current = current;
  }

  /**
   * For a resource without a version, whose state the caller compared (through a tag of its
   * representation): {@link #currentVersion()} is -1.
   */
  public PreconditionFailedException(String resourceType, Object current) {
    super("StaleVersion", Kind.PRECONDITION_FAILED, resourceType + " is no longer as the caller expected");
    this.currentVersion = -1;
    this.current = current;
  }

  public long currentVersion() {
    return currentVersion;
  }

  /** The resource as it is now (a domain object or view). */
  public Object current() {
    return current;
  }
}
