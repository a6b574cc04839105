package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.ExportFile;
import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.playlists.model.ExportNotReadyException;
import dev.cadenza.domain.playlists.model.ExportStatus;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAccessDeniedException;
import dev.cadenza.domain.playlists.port.in.DownloadExportUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.ExportJobRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.StoredObject;
import dev.cadenza.domain.shared.port.out.BlobStore;

/**
 * The file of a finished export, for the account that asked for it while it may still edit the
 * playlist: a collaborator removed or made a viewer after the export ran gets the file no more
 * than the worker would have mailed it (and a deleted playlist's exports are gone with it).
 */
public final class DownloadExportService implements DownloadExportUseCase {

  private final ExportJobRepository jobs;
  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final BlobStore blobs;

  public DownloadExportService(ExportJobRepository jobs, PlaylistRepository playlists,
                               CollaboratorRepository collaborators, BlobStore blobs) {
    this.jobs = jobs;
    this.playlists = playlists;
    this.collaborators = collaborators;
    this.blobs = blobs;
  }

  @Override
  public ExportFile downloadExport(Actor actor, ExportJobId id) {
    ExportJob job = GetExportService.find(jobs, actor, id);
    if (job.status() != ExportStatus.SUCCEEDED || job.fileKey().isEmpty()) {
      throw new ExportNotReadyException(job);
    }
    Playlist playlist = playlists.findById(job.playlist())
        .orElseThrow(() -> new NotFoundException(PlaylistSupport.PLAYLIST, job.playlist().toString()));
    if (!PlaylistAccess.of(actor, playlist, collaborators).canEdit()) {
      throw new PlaylistAccessDeniedException("you may no longer edit this playlist, so its export is not yours "
          + "to download");
    }
    StoredObject file = blobs.get(job.fileKey().get())
        .orElseThrow(() -> new NotFoundException("ExportFile", id.toString()));
    return new ExportFile(job.fileName(), file.contentType(), file.bytes());
  }
}
