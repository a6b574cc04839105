package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.shared.model.Actor;

/** An export job as it is now; only the user who asked for it sees it (others: not found). */
public interface GetExportUseCase {
  ExportJob getExport(Actor actor, ExportJobId id);
}
