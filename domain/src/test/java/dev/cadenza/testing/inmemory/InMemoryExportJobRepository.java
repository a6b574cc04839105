package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.playlists.model.ExportStatus;
import dev.cadenza.domain.playlists.port.out.ExportJobRepository;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@link ExportJobRepository} in a map, with the same claim and lease rules as the database. */
public final class InMemoryExportJobRepository implements ExportJobRepository {

  private final Map<ExportJobId, ExportJob> jobs = new LinkedHashMap<>();
  private final Map<ExportJobId, Instant> leases = new LinkedHashMap<>();

  @Override
  public synchronized void add(ExportJob job) {
    if (jobs.putIfAbsent(job.id(), job) != null) {
      throw new IllegalStateException("duplicate export job " + job.id());
    }
  }

  @Override
  public synchronized Optional<ExportJob> findById(ExportJobId id) {
    return Optional.ofNullable(jobs.get(id));
  }

  @Override
  public synchronized Optional<ExportJob> claimNext(Instant now, Instant leaseUntil) {
    Optional<ExportJob> due = jobs.values().stream()
        .filter(j -> (j.status() == ExportStatus.QUEUED && !j.runAfter().isAfter(now))
            || (j.status() == ExportStatus.RUNNING && leases.get(j.id()).isBefore(now)))
        .min(Comparator.comparing(ExportJob::runAfter).thenComparing(j -> j.id().value()));
    due.ifPresent(j -> {
      ExportJob claimed = new ExportJob(j.id(), j.playlist(), j.requestedBy(), j.format(), j.email(),
          ExportStatus.RUNNING, j.attempts() + 1, j.failure(), j.fileKey(), j.emailSentAt(), j.createdAt(), now,
          j.runAfter(), Optional.empty());
      jobs.put(j.id(), claimed);
      leases.put(j.id(), leaseUntil);
    });
    return due.map(j -> jobs.get(j.id()));
  }

  @Override
  public boolean recordFile(ExportJobId id, int attempt, String fileKey, Instant now) {
    return change(id, attempt, j -> new ExportJob(j.id(), j.playlist(), j.requestedBy(), j.format(), j.email(),
        j.status(), j.attempts(), j.failure(), Optional.of(fileKey), j.emailSentAt(), j.createdAt(), now, j.runAfter(),
        j.finishedAt()));
  }

  @Override
  public boolean recordEmailSent(ExportJobId id, int attempt, Instant now) {
    return change(id, attempt, j -> new ExportJob(j.id(), j.playlist(), j.requestedBy(), j.format(), j.email(),
        j.status(), j.attempts(), j.failure(), j.fileKey(), Optional.of(now), j.createdAt(), now, j.runAfter(),
        j.finishedAt()));
  }

  @Override
  public boolean succeed(ExportJobId id, int attempt, Instant now) {
    return change(id, attempt, j -> new ExportJob(j.id(), j.playlist(), j.requestedBy(), j.format(), j.email(),
        ExportStatus.SUCCEEDED, j.attempts(), Optional.empty(), j.fileKey(), j.emailSentAt(), j.createdAt(), now,
        j.runAfter(), Optional.of(now)));
  }

  @Override
  public boolean retryLater(ExportJobId id, int attempt, String reason, Instant runAfter, Instant now) {
    return change(id, attempt, j -> new ExportJob(j.id(), j.playlist(), j.requestedBy(), j.format(), j.email(),
        ExportStatus.QUEUED, j.attempts(), Optional.of(reason), j.fileKey(), j.emailSentAt(), j.createdAt(), now,
        runAfter, Optional.empty()));
  }

  @Override
  public boolean fail(ExportJobId id, int attempt, String reason, Instant now) {
    return change(id, attempt, j -> new ExportJob(j.id(), j.playlist(), j.requestedBy(), j.format(), j.email(),
        ExportStatus.FAILED, j.attempts(), Optional.of(reason), j.fileKey(), j.emailSentAt(), j.createdAt(), now,
        j.runAfter(), Optional.of(now)));
  }

  @Override
  public synchronized List<ExportJob> findFinishedBefore(Instant cutoff, int limit) {
    return jobs.values().stream()
        .filter(j -> j.finishedAt().map(at -> at.isBefore(cutoff)).orElse(false))
        .sorted(Comparator.comparing((ExportJob j) -> j.finishedAt().orElseThrow())
            .thenComparing(j -> j.id().value()))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized boolean removeFinished(ExportJobId id) {
    ExportJob job = jobs.get(id);
    if (job == null || job.finishedAt().isEmpty()) {
      return false;
    }
    jobs.remove(id);
    leases.remove(id);
    return true;
  }

  @Override
  public synchronized RequestCount countRequestedSince(UserId user, Instant since) {
    List<Instant> times = jobs.values().stream()
        .filter(j -> j.requestedBy().equals(user) && !j.createdAt().isBefore(since))
        .map(ExportJob::createdAt).sorted().toList();
    return new RequestCount(times.size(), times.stream().findFirst());
  }

  private synchronized boolean change(ExportJobId id, int attempt, UnaryOperator<ExportJob> next) {
    ExportJob current = jobs.get(id);
    if (current == null || current.attempts() != attempt || current.status() != ExportStatus.RUNNING) {
      return false;
    }
    ExportJob changed = next.apply(current);
    jobs.put(id, changed);
    if (changed.status() != ExportStatus.RUNNING) {
      leases.remove(id);
    }
    return true;
  }
}
