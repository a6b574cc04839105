package dev.cadenza.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.SqlObject;

/**
 * The statements on {@code audit_log}. Used on demand, so each call joins the thread's open handle;
 * rows are bound and mapped by hand, as in {@link SongDao}.
 */
interface AuditLogDao extends SqlObject {

  String INSERT = "INSERT INTO audit_log (" + AuditLogRow.COLUMNS + ") VALUES (:id, :at, :actor, :action,"
      + " :resourceType, :resourceId, CAST(:before AS jsonb), CAST(:after AS jsonb))";

  default void insert(AuditLogRow row) {
    row.bindTo(getHandle().createUpdate(INSERT)).execute();
  }

  /** Newest first, at most {@code limit}. */
  default List<AuditLogRow> find(Where where, int limit) {
    return where.bindTo(getHandle().createQuery("SELECT " + AuditLogRow.COLUMNS + " FROM audit_log" + where.sql()
            + " ORDER BY at DESC, id DESC LIMIT :limit"))
        .bind("limit", limit)
        .mapTo(AuditLogRow.class)
        .list();
  }

  /** Deletes at most {@code batch} of the entries written before {@code at}, oldest first; returns how many. */
  default int purgeBefore(OffsetDateTime at, int batch) {
    return getHandle().createUpdate("DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < :at"
            + " ORDER BY at, id LIMIT :batch)")
        .bind("at", at)
        .bind("batch", batch)
        .execute();
  }

  default long count(Where where) {
    return where.bindTo(getHandle().createQuery("SELECT count(*) FROM audit_log" + where.sql()))
        .mapTo(Long.class)
        .one();
  }
}
