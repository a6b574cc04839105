package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.PlaylistId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Holds one playlist's gate from a pool thread until {@link #release}: other changes queue behind it. */
final class GateHolder {

  private final CountDownLatch letGo = new CountDownLatch(1);
  private final Future<Boolean> held;

  GateHolder(PlaylistWriteGate gate, PlaylistId playlist, ExecutorService pool) throws InterruptedException {
    CountDownLatch holding = new CountDownLatch(1);
    held = pool.submit(() -> gate.one(playlist, () -> {
      holding.countDown();
      try {
        return letGo.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }));
    if (!holding.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("the gate was not taken");
    }
  }

  /** Lets go and waits until the holder has; fails when it timed out instead. */
  void release() throws Exception {
    letGo.countDown();
    if (!held.get(10, TimeUnit.SECONDS)) {
      throw new AssertionError("the holder timed out before it was released");
    }
  }

  /** Waits up to 10 s for {@code condition}; the caller asserts it afterwards. */
  static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
  }
}
