package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.port.in.PlaylistTransfers;
import dev.cadenza.domain.playlists.port.out.ExportJobRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistFiles;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.domain.shared.port.out.Mailer;

/**
 * Wires the export and import use cases over the playlists context's ports ({@link PlaylistsServices.Ports})
 * and the ports only they need: the job queue, playlist files, blob storage and e-mail.
 */
public final class PlaylistTransfersServices {

  private PlaylistTransfersServices() {
  }

  public static PlaylistTransfers create(PlaylistsServices.Ports p, ExportJobRepository jobs, PlaylistFiles files,
                                         BlobStore blobs, Mailer mailer, ExportSettings settings) {
    return new PlaylistTransfers(
        new RequestExportService(p.playlists(), p.collaborators(), jobs, p.tx(), p.clock(), settings,
            p.privacy()),
        new GetExportService(jobs),
        new DownloadExportService(jobs, p.playlists(), p.collaborators(), blobs),
        new RunExportJobsService(jobs, p.playlists(), p.entries(), p.songs(), p.collaborators(), p.users(), files, blobs, mailer, p.tx(), p.clock(),
            settings),
        new ImportPlaylistService(p.playlists(), p.entries(), p.songs(), files, p.activity(), p.audit(), p.tx(),
            p.clock()),
        new PurgeExportsService(jobs, blobs, p.tx()));
  }
}
