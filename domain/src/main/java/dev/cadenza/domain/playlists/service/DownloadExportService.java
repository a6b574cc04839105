package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.ExportFile;
import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.playlists.model.ExportNotReadyException;
import dev.cadenza.domain.playlists.model.ExportStatus;
import dev.cadenza.domain.playlists.port.in.DownloadExportUseCase;
import dev.cadenza.domain.playlists.port.out.ExportJobRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.StoredObject;
import dev.cadenza.domain.shared.port.out.BlobStore;

public final class DownloadExportService implements DownloadExportUseCase {

  private final ExportJobRepository jobs;
  private final BlobStore blobs;

  public DownloadExportService(ExportJobRepository jobs, BlobStore blobs) {
    this.jobs = jobs;
    this.blobs = blobs;
  }

  @Override
  public ExportFile downloadExport(Actor actor, ExportJobId id) {
    ExportJob job = GetExportService.find(jobs, actor, id);
    if (job.status() != ExportStatus.SUCCEEDED || job.fileKey().isEmpty()) {
      throw new ExportNotReadyException(job);
    }
    StoredObject file = blobs.get(job.fileKey().get())
        .orElseThrow(() -> new NotFoundException("ExportFile", id.toString()));
    return new ExportFile(job.fileName(), file.contentType(), file.bytes());
  }
}
