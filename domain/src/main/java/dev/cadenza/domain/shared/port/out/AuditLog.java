package dev.cadenza.domain.shared.port.out;

/**
 * Where mutating use cases record what they changed. Services call it inside their transaction, so
 * an entry exists exactly when the change was committed.
 */
public interface AuditLog {
  void record(AuditEntry entry);
}
