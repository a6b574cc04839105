package dev.cadenza.domain.playlists.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlaylistWriteGateTest {

  private final Clock clock = Clock.systemUTC();
  private final PlaylistWriteGate gate = new PlaylistWriteGate();

  @Test
  void changesToOnePlaylistRunOneAtATimeAndAllRun() throws Exception {
    PlaylistId playlist = PlaylistId.generate(clock);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    AtomicInteger ran = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        done.add(pool.submit(() -> {
          start.await();
          for (int k = 0; k < 10; k++) {
            gate.one(playlist, () -> {
              mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
              try {
                Thread.sleep(1);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              inside.decrementAndGet();
              return ran.incrementAndGet();
            });
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(mostInside).hasValue(1);
    assertThat(ran).hasValue(80);
  }

  @Test
  void differentPlaylistsDoNotWaitForEachOther() throws Exception {
    PlaylistId first = PlaylistId.generate(clock);
    PlaylistId candidate = PlaylistId.generate(clock);
    while (gate.lockFor(candidate) == gate.lockFor(first)) {
      candidate = PlaylistId.generate(clock);
    }
    PlaylistId second = candidate;
    CountDownLatch bothInside = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> met = new ArrayList<>();
      for (PlaylistId playlist : List.of(first, second)) {
        met.add(pool.submit(() -> gate.one(playlist, () -> {
          bothInside.countDown();
          try {
            return bothInside.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        })));
      }
      for (Future<Boolean> f : met) {
        assertThat(f.get(30, TimeUnit.SECONDS)).as("both changes were inside at once").isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedChangeReleasesThePlaylistAndPassesItsFailureOn() {
    PlaylistId playlist = PlaylistId.generate(clock);
    assertThatThrownBy(() -> gate.one(playlist, () -> {
      throw new NotFoundException("Playlist", playlist.toString());
    })).isInstanceOf(NotFoundException.class);
    assertThat(gate.lockFor(playlist).isLocked()).isFalse();
    assertThat(gate.one(playlist, () -> "next")).isEqualTo("next");
  }
}
