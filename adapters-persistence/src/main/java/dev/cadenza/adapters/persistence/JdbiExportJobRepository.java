package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.playlists.model.ExportStatus;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.port.out.ExportJobRepository;
import dev.cadenza.domain.shared.model.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObject;

/**
 * {@link ExportJobRepository} on PostgreSQL ({@code export_jobs}). A claim is one statement: it picks
 * the oldest due row with {@code FOR UPDATE SKIP LOCKED} (so concurrent claimants, on any instance,
 * pass over each other's rows instead of waiting) and marks it running with a lease. Every change of
 * a claimed job checks its {@code attempts}, the identity of the claim.
 */
public final class JdbiExportJobRepository implements ExportJobRepository {

  private static final String COLUMNS = "id, playlist_id, requested_by, format, email, status, attempts, failure,"
      + " file_key, email_sent_at, created_at, updated_at, run_after, finished_at";

  private final Dao dao;

  public JdbiExportJobRepository(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, Dao.class);
  }

  @Override
  public void add(ExportJob job) {
    dao.useHandle(h -> h.createUpdate("INSERT INTO export_jobs (" + COLUMNS + ", locked_until) VALUES (:id, :playlist,"
            + " :requestedBy, :format, :email, :status, :attempts, :failure, :fileKey, :emailSentAt, :createdAt,"
            + " :updatedAt, :runAfter, :finishedAt, NULL)")
        .bind("id", job.id().value())
        .bind("playlist", job.playlist().value())
        .bind("requestedBy", job.requestedBy().value())
        .bind("format", job.format().extension())
        .bind("email", job.email().orElse(null))
        .bind("status", job.status().wireName())
        .bind("attempts", job.attempts())
        .bind("failure", job.failure().orElse(null))
        .bind("fileKey", job.fileKey().orElse(null))
        .bind("emailSentAt", job.emailSentAt().map(Times::toColumn).orElse(null))
        .bind("createdAt", Times.toColumn(job.createdAt()))
        .bind("updatedAt", Times.toColumn(job.updatedAt()))
        .bind("runAfter", Times.toColumn(job.runAfter()))
        .bind("finishedAt", job.finishedAt().map(Times::toColumn).orElse(null))
        .execute());
  }

  @Override
  public Optional<ExportJob> findById(ExportJobId id) {
    return dao.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM export_jobs WHERE id = :id")
        .bind("id", id.value())
        .map((rs, ctx) -> job(rs))
        .findOne());
  }

  @Override
  public Optional<ExportJob> claimNext(Instant now, Instant leaseUntil) {
    return dao.withHandle(h -> h.createQuery("WITH next AS (SELECT id FROM export_jobs"
            + " WHERE (status = 'queued' AND run_after <= :now) OR (status = 'running' AND locked_until < :now)"
            + " ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP LOCKED)"
            + " UPDATE export_jobs j SET status = 'running', attempts = j.attempts + 1, locked_until = :leaseUntil,"
            + " updated_at = :now FROM next WHERE j.id = next.id RETURNING " + prefixed())
        .bind("now", Times.toColumn(now))
        .bind("leaseUntil", Times.toColumn(leaseUntil))
        .map((rs, ctx) -> job(rs))
        .findOne());
  }

  @Override
  public boolean recordFile(ExportJobId id, int attempt, String fileKey, Instant now) {
    return change(id, attempt, now, "file_key = :value", fileKey);
  }

  @Override
  public boolean recordEmailSent(ExportJobId id, int attempt, Instant now) {
    return change(id, attempt, now, "email_sent_at = :now", null);
  }

  @Override
  public boolean succeed(ExportJobId id, int attempt, Instant now) {
    return change(id, attempt, now, "status = 'succeeded', failure = NULL, locked_until = NULL, finished_at = :now",
        null);
  }

  @Override
  public boolean retryLater(ExportJobId id, int attempt, String reason, Instant runAfter, Instant now) {
    return dao.withHandle(h -> h.createUpdate("UPDATE export_jobs SET status = 'queued', failure = :reason,"
            + " locked_until = NULL, run_after = :runAfter, updated_at = :now"
            + " WHERE id = :id AND attempts = :attempt AND status = 'running'")
        .bind("reason", reason)
        .bind("runAfter", Times.toColumn(runAfter))
        .bind("now", Times.toColumn(now))
        .bind("id", id.value())
        .bind("attempt", attempt)
        .execute()) > 0;
  }

  @Override
  public boolean fail(ExportJobId id, int attempt, String reason, Instant now) {
    return change(id, attempt, now, "status = 'failed', failure = :value, locked_until = NULL, finished_at = :now",
        reason);
  }

  @Override
  public List<ExportJob> findFinishedBefore(Instant cutoff, int limit) {
    return dao.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM export_jobs"
            + " WHERE finished_at < :cutoff ORDER BY finished_at, id LIMIT :limit")
        .bind("cutoff", Times.toColumn(cutoff))
        .bind("limit", limit)
        .map((rs, ctx) -> job(rs))
        .list());
  }

  @Override
  public boolean removeFinished(ExportJobId id) {
    return dao.withHandle(h -> h.createUpdate("DELETE FROM export_jobs WHERE id = :id AND finished_at IS NOT NULL")
        .bind("id", id.value())
        .execute()) > 0;
  }

  @Override
  public RequestCount countRequestedSince(UserId user, Instant since) {
    return dao.withHandle(h -> {
      // One count per user at a time, until the transaction that will add the next job ends: without
      // it, concurrent requests all counted the same jobs and all got past the limit.
      h.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", "cadenza.export-requests:" + user.value());
      return h.createQuery("SELECT count(*) AS n, min(created_at) AS oldest FROM export_jobs"
              + " WHERE requested_by = :user AND created_at >= :since")
          .bind("user", user.value())
          .bind("since", Times.toColumn(since))
          .map((rs, ctx) -> new RequestCount(rs.getLong("n"),
              Optional.ofNullable(rs.getObject("oldest", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
          .one();
    });
  }

  private boolean change(ExportJobId id, int attempt, Instant now, String assignments, String value) {
    return dao.withHandle(h -> h.createUpdate("UPDATE export_jobs SET " + assignments + ", updated_at = :now"
            + " WHERE id = :id AND attempts = :attempt AND status = 'running'")
        .bind("value", value)
        .bind("now", Times.toColumn(now))
        .bind("id", id.value())
        .bind("attempt", attempt)
        .execute()) > 0;
  }

  private static String prefixed() {
    return "j." + COLUMNS.replace(", ", ", j.");
  }

  private static ExportJob job(ResultSet rs) throws SQLException {
    return new ExportJob(
        new ExportJobId(rs.getObject("id", UUID.class)),
        new PlaylistId(rs.getObject("playlist_id", UUID.class)),
        new UserId(rs.getObject("requested_by", UUID.class)),
        PlaylistFileFormat.named(rs.getString("format")).orElseThrow(),
        Optional.ofNullable(rs.getString("email")),
        ExportStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        rs.getInt("attempts"),
        Optional.ofNullable(rs.getString("failure")),
        Optional.ofNullable(rs.getString("file_key")),
        instant(rs, "email_sent_at"),
        instant(rs, "created_at").orElseThrow(),
        instant(rs, "updated_at").orElseThrow(),
        instant(rs, "run_after").orElseThrow(),
        instant(rs, "finished_at"));
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
  }

  /** On-demand access to the thread's handle, which joins the open transaction. */
  interface Dao extends SqlObject {
  }
}
