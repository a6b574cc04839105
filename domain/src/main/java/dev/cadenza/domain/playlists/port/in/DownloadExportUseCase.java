package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.ExportFile;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.shared.model.Actor;

/**
 * The file of a succeeded export, for the user who asked for it. Before success (or after a failure)
 * it fails with {@link dev.cadenza.domain.playlists.model.ExportNotReadyException}.
 */
public interface DownloadExportUseCase {
  ExportFile downloadExport(Actor actor, ExportJobId id);
}
