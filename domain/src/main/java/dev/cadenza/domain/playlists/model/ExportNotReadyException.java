package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.DomainException;

/** The export's file was asked for before the job succeeded (or after it failed). */
public class ExportNotReadyException extends DomainException {
  public ExportNotReadyException(ExportJob job) {
    super("ExportNotReady", Kind.CONFLICT, "export " + job.id() + " is " + job.status().wireName()
        + (job.status() == ExportStatus.FAILED ? ": " + job.failure().orElse("failed") : "; its file is not ready yet"));
  }
}
