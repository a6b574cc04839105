package dev.cadenza.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.AuditQuery;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.port.out.AuditLog;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link AuditLog} on PostgreSQL: {@code before} and {@code after} are stored as {@code jsonb}
 * objects (which keep values and types, not the order of the keys). Records join the thread's
 * transaction, so an entry is committed exactly with the change it describes.
 */
public final class JdbiAuditLog implements AuditLog {

  private static final String ORDERING = "newest";
  static final int PURGE_BATCH = Purges.BATCH;
  private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
  };

  private final AuditLogDao dao;
  private final ObjectMapper json;

  public JdbiAuditLog(Jdbi jdbi) {
    this(jdbi, new ObjectMapper());
  }

  /** With the service's {@code ObjectMapper}; only plain values are written, so any mapper will do. */
  public JdbiAuditLog(Jdbi jdbi, ObjectMapper json) {
    this.dao = CadenzaJdbi.onDemand(jdbi, AuditLogDao.class);
    this.json = json;
  }

  @Override
  public void record(AuditEntry e) {
    dao.insert(new AuditLogRow(e.id(), Times.toColumn(e.at()), e.actor(), e.action(), e.resourceType(),
        e.resourceId(), write(e.before()), write(e.after())));
  }

  @Override
  public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
    Where matching = new Where();
    if (query.actor() != null) {
      matching.and("actor = :actor", "actor", query.actor());
    }
    if (query.resourceType() != null) {
      matching.and("resource_type = :resourceType", "resourceType", query.resourceType());
    }
    if (query.resourceId() != null) {
      matching.and("resource_id = :resourceId", "resourceId", query.resourceId());
    }
    if (query.since() != null) {
      matching.and("at >= :since", "since", Times.toColumn(query.since()));
    }
    Where before = matching.copy();
    page.cursor().ifPresent(cursor -> {
      List<String> key = cursor.keyFor(ORDERING, 2);
      before.and("(at, id) < (:beforeAt, :beforeId)", "beforeAt", Times.toColumn(instant(key.get(0))),
          "beforeId", CatalogOrder.uuid(key.get(1)));
    });
    List<AuditLogRow> rows = dao.find(before, page.limit() + 1);
    OptionalLong total = page.includeTotal() ? OptionalLong.of(dao.count(matching)) : OptionalLong.empty();
    return Page.fromLookahead(rows, page.limit(),
            row -> Cursor.of(ORDERING, row.at().toInstant().toString(), row.id().toString()), total)
        .map(this::toEntry);
  }

  /**
   * Deletes the entries written before {@code cutoff}, in batches of {@value #PURGE_BATCH}
   * ({@link Purges}); returns how many. Not part of the {@link AuditLog} port: retention is the
   * service's chore.
   */
  public long purgeBefore(Instant cutoff) {
    OffsetDateTime at = Times.toColumn(cutoff);
    return Purges.inBatches(batch -> dao.purgeBefore(at, batch));
  }

  private AuditEntry toEntry(AuditLogRow row) {
    return new AuditEntry(row.id(), row.at().toInstant(), row.actor(), row.action(), row.resourceType(),
        row.resourceId(), read(row.before()), read(row.after()));
  }

  private static Instant instant(String text) {
    return ActivityKeys.instant(text);
  }

  private String write(Map<String, Object> values) {
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit values must be plain JSON values", e);
    }
  }

  private Map<String, Object> read(String text) {
    try {
      return json.readValue(text, VALUES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit_log holds a value that is not a JSON object", e);
    }
  }
}
