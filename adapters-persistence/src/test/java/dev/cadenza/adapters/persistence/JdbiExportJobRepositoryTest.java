package dev.cadenza.adapters.persistence;

import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.testing.contract.AbstractExportJobRepositoryContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The export queue's contract on PostgreSQL, including concurrent claims through real row locks. */
class JdbiExportJobRepositoryTest extends AbstractExportJobRepositoryContract {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  @Override
  protected ExportStores newStores() {
    DB.truncateAll();
    return new ExportStores(JdbiPlaylistStoresTest.stores(DB.jdbi()), new JdbiExportJobRepository(DB.jdbi()));
  }

  /**
   * A per-user limit checked with the count and enforced by the insert that follows, in one
   * transaction, as the export service does: concurrent requests by one user are counted one after
   * the other, so no more than the limit get in (without the per-user lock, 12 racers stored 6-8).
   */
  @Test
  void concurrentRequestsOfOneUserAreCountedOneAfterTheOther() throws Exception {
    var owner = aUser().build();
    var other = aUser().build();
    tx.inTransaction(() -> {
      stores.users().add(owner);
      stores.users().add(other);
    });
    Clock clock = Clock.systemUTC();
    Playlist playlist = Playlist.create(PlaylistId.generate(clock), owner.id(),
        new PlaylistDetails("Mix", null, Visibility.PRIVATE), Instant.now());
    tx.inTransaction(() -> stores.playlists().add(playlist));
    int limit = 5;
    int racers = 12;
    Instant since = Instant.now().minus(Duration.ofHours(1));
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < racers; i++) {
        UserId requester = i == 0 ? other.id() : owner.id();
        outcomes.add(pool.submit(() -> {
          start.await();
          return tx.inTransaction(() -> {
            if (jobs.countRequestedSince(requester, since).count() >= limit) {
              return false;
            }
            // Time between the count and the insert, where a racer without the lock would count too.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            jobs.add(ExportJob.queued(ExportJobId.generate(clock), playlist.id(), requester, PlaylistFileFormat.XSPF,
                Optional.empty(), Instant.now()));
            return true;
          });
        }));
      }
      start.countDown();
      int accepted = 0;
      for (Future<Boolean> f : outcomes) {
        accepted += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(jobs.countRequestedSince(owner.id(), since).count()).isEqualTo(limit);
      assertThat(jobs.countRequestedSince(other.id(), since).count()).as("another user's count is their own")
          .isEqualTo(1);
      assertThat(accepted).isEqualTo(limit + 1);
    } finally {
      pool.shutdownNow();
    }
  }
}
