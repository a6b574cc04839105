package dev.cadenza.domain.playlists.port.out;

import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Export jobs, shared by every instance: the queue the workers take their work from. Calls join the
 * current transaction. The methods that change a claimed job take the claim's {@code attempt}
 * number and change nothing (answering false) when the job has been claimed again since, so a
 * stalled worker cannot overwrite the work of the one that took over.
 */
public interface ExportJobRepository {

  void add(ExportJob job);

  Optional<ExportJob> findById(ExportJobId id);

  /**
   * Claims the oldest due job, if any: a queued job whose {@code runAfter} has come, or a running job
   * whose worker's lease ran out before {@code now} (its worker died or stalled). The claim marks it
   * running, counts one more attempt and leases it until {@code leaseUntil}. Concurrent claims by
   * other workers, on this or another instance, never get the same job.
   */
  Optional<ExportJob> claimNext(Instant now, Instant leaseUntil);

  /** Records where the claimed job's file is stored. */
  boolean recordFile(ExportJobId id, int attempt, String fileKey, Instant now);

  /** Records that the claimed job's e-mail was handed to the mail server. */
  boolean recordEmailSent(ExportJobId id, int attempt, Instant now);

  /** Finishes the claimed job successfully. */
  boolean succeed(ExportJobId id, int attempt, Instant now);

  /** Puts the claimed job back in the queue, due at {@code runAfter}, noting why this attempt failed. */
  boolean retryLater(ExportJobId id, int attempt, String reason, Instant runAfter, Instant now);

  /** Finishes the claimed job as failed for good, with the reason. */
  boolean fail(ExportJobId id, int attempt, String reason, Instant now);

  /**
   * How many jobs {@code user} requested at or after {@code since}, and the oldest of those times.
   * Counts the user's requests one after the other: inside a transaction, a concurrent count for the
   * same user waits until this transaction ends (and then sees the job it added), so a limit checked
   * with this count and enforced by the insert that follows holds under concurrent requests.
   */
  RequestCount countRequestedSince(UserId user, Instant since);

  /** Up to {@code limit} finished jobs (succeeded or failed) that finished before {@code cutoff}, oldest first. */
  List<ExportJob> findFinishedBefore(Instant cutoff, int limit);

  /** Deletes a finished job; false (and nothing changes) when there is none with this id or it is unfinished. */
  boolean removeFinished(ExportJobId id);

  /** A count of requests and, when there are any, the time of the oldest. */
  record RequestCount(long count, Optional<Instant> oldest) {
  }
}
