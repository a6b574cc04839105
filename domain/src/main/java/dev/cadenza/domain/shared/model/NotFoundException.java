package dev.cadenza.domain.shared.model;

/** A resource that does not exist, or that the caller may not see. Code: {@code <Type>NotFound}. */
public class NotFoundException extends DomainException {

  private final String resourceType;
  private final String resourceId;

  public NotFoundException(String resourceType, String resourceId) {
    super(resourceType + "NotFound", Kind.NOT_FOUND, resourceType + " " + resourceId + " does not exist");
    this.resourceType = resourceType;
    this.resourceId = resourceId;
  }

  public String resourceType() {
    return resourceType;
  }

  public String resourceId() {
    return resourceId;
  }
}
