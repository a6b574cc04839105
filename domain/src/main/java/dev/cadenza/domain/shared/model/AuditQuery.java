package dev.cadenza.domain.shared.model;

import java.time.Instant;

/**
 * Which audit entries to list, newest first; every {@code null} criterion matches everything.
 * {@code since} is inclusive.
 */
public record AuditQuery(String actor, String resourceType, String resourceId, Instant since) {

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null);
  }

  public boolean matches(AuditEntry e) {
    return (actor == null || actor.equals(e.actor()))
        && (resourceType == null || resourceType.equals(e.resourceType()))
        && (resourceId == null || resourceId.equals(e.resourceId()))
        && (since == null || !e.at().isBefore(since));
  }
}
