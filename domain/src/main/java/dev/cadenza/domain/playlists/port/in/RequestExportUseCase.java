package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.ExportJob;

/**
 * Queues an export of a playlist (owner or editor). The job is stored in the same transaction as the
 * request is accepted, so an accepted export is never lost; a worker runs it later.
 */
public interface RequestExportUseCase {
  ExportJob requestExport(RequestExportCommand command);
}
