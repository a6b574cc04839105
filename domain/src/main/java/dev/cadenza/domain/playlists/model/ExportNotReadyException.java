package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.DomainException;

/**
 * The export's file was asked for before the job succeeded (code {@code ExportNotReady}: ask again
 * later), or after it failed for good (code {@code ExportFailed}: it will never have one).
 */
public class ExportNotReadyException extends DomainException {
  public ExportNotReadyException(ExportJob job) {
    super(job.status() == ExportStatus.FAILED ? "ExportFailed" : "ExportNotReady", Kind.CONFLICT,
        "export " + job.id() + " is " + job.status().wireName() + (job.status() == ExportStatus.FAILED
            ? ": " + job.failure().orElse("failed") + "; it has no file and will not have one: request a new export"
            : "; its file is not ready yet"));
  }
}
