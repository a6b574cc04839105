package dev.cadenza.domain.playlists.port.in;

import java.util.Objects;

/**
 * The incoming ports that move playlists in and out of files: exports (requested here, run by
 * workers through {@link RunExportJobsUseCase}, deleted some time after they finished through
 * {@link PurgeExportsUseCase}) and imports. Built by
 * {@code dev.cadenza.domain.playlists.service.PlaylistTransfersServices}.
 */
public record PlaylistTransfers(RequestExportUseCase requestExport, GetExportUseCase getExport,
                                DownloadExportUseCase downloadExport, RunExportJobsUseCase runExportJobs,
                                ImportPlaylistUseCase importPlaylist, PurgeExportsUseCase purgeExports) {
  public PlaylistTransfers {
    Objects.requireNonNull(requestExport, "requestExport");
    Objects.requireNonNull(getExport, "getExport");
    Objects.requireNonNull(downloadExport, "downloadExport");
    Objects.requireNonNull(runExportJobs, "runExportJobs");
    Objects.requireNonNull(importPlaylist, "importPlaylist");
    Objects.requireNonNull(purgeExports, "purgeExports");
  }
}
