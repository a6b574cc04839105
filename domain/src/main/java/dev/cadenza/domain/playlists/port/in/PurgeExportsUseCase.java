package dev.cadenza.domain.playlists.port.in;

import java.time.Instant;

/**
 * Housekeeping, for the service's scheduler rather than for users: deletes the export jobs that
 * finished (succeeded or failed for good) before {@code cutoff}, and their files. A purged job is
 * not found any more, like one that never was.
 */
public interface PurgeExportsUseCase {

  /** Returns how many jobs were deleted. */
  int purgeFinishedBefore(Instant cutoff);
}
