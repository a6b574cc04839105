package dev.cadenza.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements on {@code refresh_tokens}. Used on demand, so each call joins the thread's open
 * handle; rows are bound and mapped by hand, as in {@link SongDao}.
 */
interface RefreshTokenDao extends SqlObject {

  String INSERT = "INSERT INTO refresh_tokens (" + RefreshTokenRow.COLUMNS + ") VALUES (:tokenHash, :sessionId,"
      + " :userId, :issuedAt, :expiresAt, :usedAt)";

  default void insert(RefreshTokenRow row) {
    row.bindTo(getHandle().createUpdate(INSERT)).execute();
  }

  /** The token, its row locked until the transaction ends. */
  @SqlQuery("SELECT " + RefreshTokenRow.COLUMNS + " FROM refresh_tokens WHERE token_hash = :tokenHash FOR UPDATE")
  Optional<RefreshTokenRow> findForUpdate(@Bind("tokenHash") String tokenHash);

  @SqlUpdate("UPDATE refresh_tokens SET used_at = :at WHERE token_hash = :tokenHash")
  int markUsed(@Bind("tokenHash") String tokenHash, @Bind("at") OffsetDateTime at);

  /** Deletes up to {@code batch} of the tokens that expired before {@code cutoff}; returns how many. */
  @SqlUpdate("DELETE FROM refresh_tokens WHERE token_hash IN (SELECT token_hash FROM refresh_tokens"
      + " WHERE expires_at < :cutoff LIMIT :batch)")
  int purgeExpiredBefore(@Bind("cutoff") OffsetDateTime cutoff, @Bind("batch") int batch);
}
