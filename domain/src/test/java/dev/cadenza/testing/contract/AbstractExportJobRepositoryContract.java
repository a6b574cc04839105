package dev.cadenza.testing.contract;

import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.playlists.model.ExportStatus;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.out.ExportJobRepository;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link ExportJobRepository} must do: store jobs, hand each due job to one
 * claimant only, take over jobs whose lease ran out, and ignore changes from a superseded claim.
 */
public abstract class AbstractExportJobRepositoryContract {

  /** Empty storage for one test: the playlists context's stores and the job queue over the same storage. */
  public record ExportStores(PlaylistStores playlists, ExportJobRepository jobs) {
  }

  protected ExportJobRepository jobs;
  protected PlaylistStores stores;
  protected TransactionRunner tx;
  private final MutableClock clock = MutableClock.startingAt("2026-05-01T10:00:00.123456Z");

  protected abstract ExportStores newStores();

  @BeforeEach
  void freshStores() {
    ExportStores s = newStores();
    stores = s.playlists();
    jobs = s.jobs();
    tx = stores.tx();
  }

  private UserId user() {
    var u = aUser().build();
    tx.inTransaction(() -> stores.users().add(u));
    return u.id();
  }

  private Playlist playlist(UserId owner) {
    Playlist p = Playlist.create(PlaylistId.generate(clock), owner, new PlaylistDetails("Mix", null, Visibility.PRIVATE),
        now());
    tx.inTransaction(() -> stores.playlists().add(p));
    return p;
  }

  private Instant now() {
    return clock.instant();
  }

  private ExportJob queue(UserId user, Playlist p, Optional<String> email) {
    clock.advance(Duration.ofMillis(1));
    ExportJob job = ExportJob.queued(ExportJobId.generate(clock), p.id(), user, PlaylistFileFormat.XSPF, email, now());
    tx.inTransaction(() -> jobs.add(job));
    return job;
  }

  private Optional<ExportJob> claim() {
    return tx.inTransaction(() -> jobs.claimNext(now(), now().plus(Duration.ofMinutes(2))));
  }

  @Test
  void storesAJobWithEveryField() {
    UserId u = user();
    ExportJob job = queue(u, playlist(u), Optional.of("ann@example.com"));

    assertThat(jobs.findById(job.id())).contains(job);
    assertThat(jobs.findById(ExportJobId.generate(clock))).isEmpty();
  }

  @Test
  void claimsTheOldestDueJobOnceAndMarksItRunning() {
    UserId u = user();
    Playlist p = playlist(u);
    ExportJob first = queue(u, p, Optional.empty());
    ExportJob second = queue(u, p, Optional.empty());

    ExportJob claimed = claim().orElseThrow();
    assertThat(claimed.id()).isEqualTo(first.id());
    assertThat(claimed.status()).isEqualTo(ExportStatus.RUNNING);
    assertThat(claimed.attempts()).isEqualTo(1);
    assertThat(claim().map(ExportJob::id)).contains(second.id());
    assertThat(claim()).isEmpty();
  }

  @Test
  void aJobRetriedLaterIsNotDueBeforeItsTimeAndKeepsTheReason() {
    UserId u = user();
    ExportJob job = queue(u, playlist(u), Optional.empty());
    ExportJob claimed = claim().orElseThrow();

    assertThat(tx.inTransaction(() -> jobs.retryLater(job.id(), claimed.attempts(), "disk full",
        now().plusSeconds(10), now()))).isTrue();
    ExportJob waiting = jobs.findById(job.id()).orElseThrow();
    assertThat(waiting.status()).isEqualTo(ExportStatus.QUEUED);
    assertThat(waiting.failure()).contains("disk full");
    assertThat(claim()).isEmpty();

    clock.advance(Duration.ofSeconds(11));
    ExportJob again = claim().orElseThrow();
    assertThat(again.id()).isEqualTo(job.id());
    assertThat(again.attempts()).isEqualTo(2);
  }

  @Test
  void aJobWhoseLeaseRanOutIsClaimedAgainAndTheOldClaimCanNoLongerChangeIt() {
    UserId u = user();
    ExportJob job = queue(u, playlist(u), Optional.empty());
    ExportJob firstClaim = claim().orElseThrow();
    assertThat(claim()).isEmpty();

    clock.advance(Duration.ofMinutes(3));
    ExportJob takeOver = claim().orElseThrow();
    assertThat(takeOver.id()).isEqualTo(job.id());
    assertThat(takeOver.attempts()).isEqualTo(2);

    assertThat(tx.inTransaction(() -> jobs.succeed(job.id(), firstClaim.attempts(), now()))).isFalse();
    assertThat(tx.inTransaction(() -> jobs.recordFile(job.id(), firstClaim.attempts(), "exports/x.xspf", now())))
        .isFalse();
    assertThat(jobs.findById(job.id()).orElseThrow().status()).isEqualTo(ExportStatus.RUNNING);
    assertThat(jobs.findById(job.id()).orElseThrow().fileKey()).isEmpty();
  }

  @Test
  void recordsTheFileTheMailAndTheOutcome() {
    UserId u = user();
    ExportJob job = queue(u, playlist(u), Optional.of("ann@example.com"));
    ExportJob claimed = claim().orElseThrow();

    assertThat(tx.inTransaction(() -> jobs.recordFile(job.id(), claimed.attempts(), "exports/a.xspf", now()))).isTrue();
    assertThat(tx.inTransaction(() -> jobs.recordEmailSent(job.id(), claimed.attempts(), now()))).isTrue();
    assertThat(tx.inTransaction(() -> jobs.succeed(job.id(), claimed.attempts(), now()))).isTrue();

    ExportJob done = jobs.findById(job.id()).orElseThrow();
    assertThat(done.status()).isEqualTo(ExportStatus.SUCCEEDED);
    assertThat(done.fileKey()).contains("exports/a.xspf");
    assertThat(done.emailSentAt()).contains(now());
    assertThat(done.finishedAt()).contains(now());
    assertThat(claim()).isEmpty();
    assertThat(tx.inTransaction(() -> jobs.fail(job.id(), claimed.attempts(), "late", now()))).isFalse();
  }

  @Test
  void failingForGoodKeepsTheReason() {
    UserId u = user();
    ExportJob job = queue(u, playlist(u), Optional.empty());
    ExportJob claimed = claim().orElseThrow();

    assertThat(tx.inTransaction(() -> jobs.fail(job.id(), claimed.attempts(), "playlist deleted", now()))).isTrue();

    ExportJob failed = jobs.findById(job.id()).orElseThrow();
    assertThat(failed.status()).isEqualTo(ExportStatus.FAILED);
    assertThat(failed.failure()).contains("playlist deleted");
    clock.advance(Duration.ofHours(1));
    assertThat(claim()).isEmpty();
  }

  @Test
  void findsAndRemovesFinishedJobsOnly() {
    UserId u = user();
    Playlist p = playlist(u);
    ExportJob succeeded = queue(u, p, Optional.empty());
    ExportJob failed = queue(u, p, Optional.empty());
    ExportJob running = queue(u, p, Optional.empty());
    ExportJob queued = queue(u, p, Optional.empty());
    int first = claim().orElseThrow().attempts();
    tx.inTransaction(() -> jobs.succeed(succeeded.id(), first, now()));
    clock.advance(Duration.ofMinutes(1));
    int second = claim().orElseThrow().attempts();
    tx.inTransaction(() -> jobs.fail(failed.id(), second, "playlist deleted", now()));
    assertThat(claim().map(ExportJob::id)).contains(running.id());
    clock.advance(Duration.ofMinutes(1));

    assertThat(jobs.findFinishedBefore(now(), 10)).extracting(ExportJob::id)
        .containsExactly(succeeded.id(), failed.id());
    assertThat(jobs.findFinishedBefore(now(), 1)).extracting(ExportJob::id).containsExactly(succeeded.id());
    assertThat(jobs.findFinishedBefore(now().minus(Duration.ofSeconds(90)), 10)).extracting(ExportJob::id)
        .containsExactly(succeeded.id());

    assertThat(tx.inTransaction(() -> jobs.removeFinished(running.id()))).isFalse();
    assertThat(tx.inTransaction(() -> jobs.removeFinished(queued.id()))).isFalse();
    assertThat(tx.inTransaction(() -> jobs.removeFinished(succeeded.id()))).isTrue();
    assertThat(tx.inTransaction(() -> jobs.removeFinished(succeeded.id()))).isFalse();
    assertThat(jobs.findById(succeeded.id())).isEmpty();
    assertThat(jobs.findById(running.id())).isPresent();
    assertThat(jobs.findById(queued.id())).isPresent();
    assertThat(jobs.findFinishedBefore(now(), 10)).extracting(ExportJob::id).containsExactly(failed.id());
  }

  @Test
  void countsAUsersRequestsInTheWindow() {
    UserId u = user();
    UserId other = user();
    Playlist p = playlist(u);
    ExportJob first = queue(u, p, Optional.empty());
    queue(u, p, Optional.empty());
    queue(other, playlist(other), Optional.empty());

    ExportJobRepository.RequestCount count = jobs.countRequestedSince(u, first.createdAt());
    assertThat(count.count()).isEqualTo(2);
    assertThat(count.oldest()).contains(first.createdAt());
    assertThat(jobs.countRequestedSince(u, now().plusSeconds(1)).count()).isZero();
  }

  @Test
  void concurrentClaimantsNeverShareAJob() throws Exception {
    UserId u = user();
    Playlist p = playlist(u);
    List<ExportJobId> queued = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      queued.add(queue(u, p, Optional.empty()).id());
    }
    List<ExportJobId> claimed = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        workers.add(pool.submit(() -> {
          start.await();
          Optional<ExportJob> next;
          while ((next = claim()).isPresent()) {
            claimed.add(next.get().id());
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : workers) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued);
  }
}
