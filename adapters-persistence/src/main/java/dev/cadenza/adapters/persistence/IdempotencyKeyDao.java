package dev.cadenza.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements on {@code idempotency_keys}. */
interface IdempotencyKeyDao extends SqlObject {

  /**
   * Inserts the claim, or takes over an expired record; 0 when a live record holds the key. When
   * another transaction is inserting the same key, PostgreSQL makes this wait for its outcome.
   */
  @SqlUpdate("INSERT INTO idempotency_keys (caller, key, fingerprint, created_at)"
      + " VALUES (:caller, :key, :fingerprint, :now)"
      + " ON CONFLICT (caller, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,"
      + " created_at = EXCLUDED.created_at, status = NULL, headers = NULL, body = NULL"
      + " WHERE idempotency_keys.created_at < :expiredBefore")
  int claim(@Bind("caller") UUID caller, @Bind("key") String key, @Bind("fingerprint") String fingerprint,
            @Bind("now") OffsetDateTime now, @Bind("expiredBefore") OffsetDateTime expiredBefore);

  @SqlUpdate("UPDATE idempotency_keys SET status = :status, headers = CAST(:headers AS jsonb), body = :body"
      + " WHERE caller = :caller AND key = :key")
  int complete(@Bind("caller") UUID caller, @Bind("key") String key, @Bind("status") int status,
               @Bind("headers") String headers, @Bind("body") String body);

  /** The record's columns: fingerprint, created_at, status, headers (JSON text), body. */
  record Stored(String fingerprint, OffsetDateTime createdAt, Integer status, String headers, String body) {
  }

  default Optional<Stored> find(UUID caller, String key) {
    return getHandle().createQuery("SELECT fingerprint, created_at, status, headers, body FROM idempotency_keys"
            + " WHERE caller = :caller AND key = :key")
        .bind("caller", caller).bind("key", key)
        .map((rs, ctx) -> new Stored(rs.getString("fingerprint"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("status", Integer.class), rs.getString("headers"), rs.getString("body")))
        .findOne();
  }

  @SqlUpdate("DELETE FROM idempotency_keys WHERE created_at < :cutoff")
  int purge(@Bind("cutoff") OffsetDateTime cutoff);
}
