package dev.cadenza.adapters.rest.playlists;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** An export job on the wire. */
@Schema(name = "Export", description = "A playlist export, worked on in the background.")
@JsonPropertyOrder({"id", "playlistId", "format", "email", "status", "attempts", "failure", "emailSent", "fileUrl",
    "createdAt", "updatedAt", "finishedAt"})
public record ExportJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String playlistId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"json", "m3u8", "xspf", "jspf", "openmusic"})
    String format,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) String email,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
        allowableValues = {"queued", "running", "succeeded", "failed"},
        description = "queued (also while waiting for a retry), running, succeeded or failed.") String status,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "How many times a worker took the job up.")
    int attempts,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true,
        description = "Why the job failed, or why its last attempt failed while it waits for a retry.") String failure,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Whether the e-mail has been handed to the "
        + "mail server.") boolean emailSent,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, format = "uri-reference",
        description = "Where to download the file (a path on this service), once the job succeeded.") String fileUrl,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String createdAt,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String updatedAt,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, format = "date-time") String finishedAt) {

  static ExportJson of(ExportJob job) {
    return new ExportJson(job.id().toString(), job.playlist().toString(), job.format().extension(),
        job.email().orElse(null), job.status().wireName(), job.attempts(), job.failure().orElse(null),
        job.emailSentAt().isPresent(),
        job.status() == ExportStatus.SUCCEEDED ? ExportResource.PATH + "/" + job.id() + "/file" : null,
        PlaylistsWire.time(job.createdAt()), PlaylistsWire.time(job.updatedAt()),
        job.finishedAt().map(PlaylistsWire::time).orElse(null));
  }
}
