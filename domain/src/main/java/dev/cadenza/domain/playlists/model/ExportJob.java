package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to export a playlist to a file (and optionally to e-mail it), worked on in the
 * background. {@code attempts} counts the times a worker claimed the job; it also identifies the
 * current claim, so a worker whose claim was taken over (because it stalled past its lease) can no
 * longer change the job. {@code fileKey} is where the file is in blob storage once written;
 * {@code emailSentAt} records a delivered e-mail so that a retry never sends it twice.
 */
public record ExportJob(ExportJobId id, PlaylistId playlist, UserId requestedBy, PlaylistFileFormat format,
                        Optional<String> email, ExportStatus status, int attempts, Optional<String> failure,
                        Optional<String> fileKey, Optional<Instant> emailSentAt, Instant createdAt, Instant updatedAt,
                        Instant runAfter, Optional<Instant> finishedAt) {

  public ExportJob {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(playlist, "playlist");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(fileKey, "fileKey");
    Objects.requireNonNull(emailSentAt, "emailSentAt");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(runAfter, "runAfter");
    Objects.requireNonNull(finishedAt, "finishedAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
  }

  /** A new job, queued to run at once. */
  public static ExportJob queued(ExportJobId id, PlaylistId playlist, UserId requestedBy, PlaylistFileFormat format,
                                 Optional<String> email, Instant now) {
    return new ExportJob(id, playlist, requestedBy, format, email, ExportStatus.QUEUED, 0, Optional.empty(),
        Optional.empty(), Optional.empty(), now, now, now, Optional.empty());
  }

  /** The blob storage key of this job's file: one per job, so a retry overwrites its own file. */
  public String storageKey() {
    return "exports/" + id + "." + format.fileExtension();
  }

  /** The file name offered for download and as the e-mail attachment. */
  public String fileName() {
    return "playlist-" + playlist + "." + format.fileExtension();
  }

  public boolean wantsEmail() {
    return email.isPresent();
  }
}
