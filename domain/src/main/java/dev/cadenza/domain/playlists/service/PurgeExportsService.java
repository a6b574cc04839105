package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.port.in.PurgeExportsUseCase;
import dev.cadenza.domain.playlists.port.out.ExportJobRepository;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

public final class PurgeExportsService implements PurgeExportsUseCase {

  private static final System.Logger LOG = System.getLogger(PurgeExportsService.class.getName());

  /** Jobs read per round. */
  static final int BATCH = 100;

  private final ExportJobRepository jobs;
  private final BlobStore blobs;
  private final TransactionRunner tx;

  public PurgeExportsService(ExportJobRepository jobs, BlobStore blobs, TransactionRunner tx) {
    this.jobs = Objects.requireNonNull(jobs, "jobs");
    this.blobs = Objects.requireNonNull(blobs, "blobs");
    this.tx = Objects.requireNonNull(tx, "tx");
  }

  /**
   * The job's row goes first, then its file: a file left behind when its deletion fails costs
   * storage only, while a job whose file was gone would answer a download with nothing to send.
   * Another instance purging at the same time deletes each job once (the other skips it).
   */
  @Override
  public int purgeFinishedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    int purged = 0;
    List<ExportJob> round;
    do {
      round = tx.inTransaction(() -> jobs.findFinishedBefore(cutoff, BATCH));
      for (ExportJob job : round) {
        if (tx.inTransaction(() -> jobs.removeFinished(job.id()))) {
          purged++;
          job.fileKey().ifPresent(this::deleteFile);
        }
      }
    } while (round.size() == BATCH);
    return purged;
  }

  private void deleteFile(String key) {
    try {
      blobs.delete(key);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "could not delete the exported file " + key + "; it stays orphaned", e);
    }
  }
}
