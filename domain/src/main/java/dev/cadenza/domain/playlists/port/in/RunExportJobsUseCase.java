package dev.cadenza.domain.playlists.port.in;

/** What a background worker calls: run due export jobs, one at a time. */
public interface RunExportJobsUseCase {

  /**
   * Claims one due job and works on it to the end of this attempt (success, retry later, or failure
   * for good). Returns false when no job was due.
   */
  boolean runNext();
}
