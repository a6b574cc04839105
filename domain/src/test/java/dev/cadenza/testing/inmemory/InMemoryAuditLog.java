package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.AuditQuery;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.InvalidCursorException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.port.out.AuditLog;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link AuditLog} in a list; {@link #entries()} shows what was recorded, oldest first. */
public final class InMemoryAuditLog implements AuditLog {

  private static final String ORDERING = "newest";
  private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

  @Override
  public void record(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
    Comparator<AuditEntry> newestFirst = Comparator.comparing(AuditEntry::at)
        .thenComparing(AuditEntry::id, Keysets.UUID_ORDER).reversed();
    return Keysets.page(entries.stream().filter(query::matches), newestFirst, page, cursor -> {
      List<String> k = cursor.keyFor(ORDERING, 2);
      Instant at;
      try {
        at = Instant.parse(k.get(0));
      } catch (DateTimeParseException e) {
        throw new InvalidCursorException();
      }
      UUID id = Keysets.uuid(k.get(1));
      return e -> e.at().isBefore(at) || (e.at().equals(at) && Keysets.UUID_ORDER.compare(e.id(), id) < 0);
    }, e -> Cursor.of(ORDERING, e.at().toString(), e.id().toString()));
  }

  public List<AuditEntry> entries() {
    return List.copyOf(entries);
  }
}
