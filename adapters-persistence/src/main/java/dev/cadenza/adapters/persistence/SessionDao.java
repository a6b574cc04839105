package dev.cadenza.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements on {@code sessions}. Used on demand, so each call joins the thread's open handle;
 * rows are bound and mapped by hand, as in {@link SongDao}.
 */
interface SessionDao extends SqlObject {

  String INSERT = "INSERT INTO sessions (" + SessionRow.COLUMNS + ") VALUES (:id, :userId, :createdAt, :revokedAt,"
      + " :rotatesRefreshTokens)";

  default void insert(SessionRow row) {
    row.bindTo(getHandle().createUpdate(INSERT)).execute();
  }

  @SqlQuery("SELECT " + SessionRow.COLUMNS + " FROM sessions WHERE id = :id")
  Optional<SessionRow> findById(@Bind("id") UUID id);

  @SqlUpdate("UPDATE sessions SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
  int revoke(@Bind("id") UUID id, @Bind("at") OffsetDateTime at);

  /** Revokes the live sessions of {@code userId} but {@code keep} (may be null); returns how many. */
  default int revokeAllOf(UUID userId, UUID keep, OffsetDateTime at) {
    return getHandle().createUpdate("UPDATE sessions SET revoked_at = :at WHERE user_id = :userId"
            + " AND revoked_at IS NULL AND id IS DISTINCT FROM :keep")
        .bind("userId", userId)
        .bindByType("keep", keep, UUID.class)
        .bind("at", at)
        .execute();
  }

  /**
   * Deletes up to {@code batch} of the sessions revoked before {@code cutoff} or with no refresh
   * token expiring at or after it (their tokens go with them); returns how many sessions.
   */
  @SqlUpdate("DELETE FROM sessions WHERE id IN (SELECT s.id FROM sessions s WHERE s.revoked_at < :cutoff"
      + " OR NOT EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.session_id = s.id AND t.user_id = s.user_id"
      + " AND t.expires_at >= :cutoff) LIMIT :batch)")
  int purgeEndedBefore(@Bind("cutoff") OffsetDateTime cutoff, @Bind("batch") int batch);
}
