package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.playlists.port.in.GetExportUseCase;
import dev.cadenza.domain.playlists.port.out.ExportJobRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.UserId;

public final class GetExportService implements GetExportUseCase {

  static final String EXPORT = "Export";

  private final ExportJobRepository jobs;

  public GetExportService(ExportJobRepository jobs) {
    this.jobs = jobs;
  }

  @Override
  public ExportJob getExport(Actor actor, ExportJobId id) {
    return find(jobs, actor, id);
  }

  /** The job when {@code actor} asked for it; anyone else is told it does not exist. */
  static ExportJob find(ExportJobRepository jobs, Actor actor, ExportJobId id) {
    UserId user = Access.requireUser(actor);
    return jobs.findById(id)
        .filter(job -> job.requestedBy().equals(user))
        .orElseThrow(() -> new NotFoundException(EXPORT, id.toString()));
  }
}
