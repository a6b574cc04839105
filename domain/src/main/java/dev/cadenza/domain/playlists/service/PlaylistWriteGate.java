package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.PlaylistId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one entry change per playlist at a time into the store from this process; the others wait here.
 * The add, move and remove services of one {@link PlaylistsServices#create} share one gate.
 *
 * <p>The store's lock on the playlist row is what keeps concurrent changes correct, across processes
 * too, and it stays. But every change waiting for that lock holds a database connection and a server
 * process, and when the holder commits the waiters are woken and re-check the row: measured on two
 * cores, 32 clients adding to one playlist made PostgreSQL itself do fewer additions per second than
 * one client did. Waiting here instead leaves the store one writer per playlist per process and frees
 * the connections for other requests. Playlists share one of {@value #STRIPES} locks by their id's
 * hash, so two different playlists rarely wait for each other and memory stays fixed.
 *
 * <p>Changes that can be {@linkplain #combine combined} do not only wait: whoever gets the lock takes
 * every waiting change of the same kind for the same playlist (up to {@value #MOST_COMBINED}) and
 * applies them in one transaction, in arrival order, and hands each caller its own outcome. One
 * playlist then takes one lock, one update and one commit for many changes instead of one each.
 */
public final class PlaylistWriteGate {

  static final int STRIPES = 1024;

  /** The most changes one transaction takes for a playlist. */
  static final int MOST_COMBINED = 64;

  private final Stripe[] stripes = new Stripe[STRIPES];

  public PlaylistWriteGate() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Stripe();
    }
  }

  /**
   * Changes of one kind that can be applied together. {@link #together} applies several in one
   * transaction and answers one outcome per change, in order: a change it refuses (a domain rule) gets
   * its exception as the outcome and does not stop the others. When {@link #together} throws, nothing
   * of it may have been stored: the gate then applies each change {@link #alone}.
   */
  public interface Combinable<C, R> {

    R alone(C change);

    List<Outcome<R>> together(List<C> changes);
  }

  /** What one change came to: its result, or the exception its caller gets. */
  public record Outcome<R>(R result, RuntimeException failure) {

    public static <R> Outcome<R> of(R result) {
      return new Outcome<>(result, null);
    }

    public static <R> Outcome<R> failed(RuntimeException failure) {
      return new Outcome<>(null, Objects.requireNonNull(failure, "failure"));
    }

    R get() {
      if (failure != null) {
        throw failure;
      }
      return result;
    }
  }

  /** Runs {@code change} once no other change of {@code playlist} from this process runs. */
  public <T> T one(PlaylistId playlist, Supplier<T> change) {
    Objects.requireNonNull(change, "change");
    Stripe stripe = stripeFor(playlist);
    stripe.lock.lock();
    try {
      return change.get();
    } finally {
      stripe.lock.unlock();
      stripe.wakeOne();
    }
  }

  /**
   * Applies {@code change} to {@code playlist} through {@code kind}, alone or together with other
   * waiting changes of the same kind (the same object) and playlist, and answers its outcome.
   */
  public <C, R> R combine(PlaylistId playlist, C change, Combinable<C, R> kind) {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(kind, "kind");
    Stripe stripe = stripeFor(playlist);
    Waiting<C, R> mine = new Waiting<>(playlist, change, kind, Thread.currentThread());
    stripe.waiting.add(mine);
    boolean interrupted = false;
    while (!mine.done) {
      mine.woken = false;
      if (stripe.lock.tryLock()) {
        try {
          if (!mine.done) {
            apply(stripe.takeAlike(mine), kind);
          }
          // when older changes filled the batch, mine is still queued and the loop goes round again
        } finally {
          stripe.lock.unlock();
          stripe.wakeOne();
        }
      } else {
        // Whoever holds the lock wakes the oldest waiter when it lets go, and a waiter parks only while
        // the lock is held; the time-out is a safety net, not the way a waiter learns of its turn.
        while (!mine.done && !mine.woken && stripe.lock.isLocked()) {
          LockSupport.parkNanos(this, 20_000_000L);
          interrupted |= Thread.interrupted();
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return mine.outcome.get();
  }

  private static <C, R> void apply(List<Waiting<C, R>> batch, Combinable<C, R> kind) {
    try {
      if (batch.size() > 1) {
        List<Outcome<R>> outcomes = null;
        try {
          outcomes = kind.together(batch.stream().map(w -> w.change).toList());
        } catch (RuntimeException failedTogether) {
          // nothing of it was stored: each change runs alone below
        }
        if (outcomes != null) {
          if (outcomes.size() != batch.size()) {
            throw new IllegalStateException(outcomes.size() + " outcomes for " + batch.size() + " changes");
          }
          for (int i = 0; i < batch.size(); i++) {
            batch.get(i).finish(Objects.requireNonNull(outcomes.get(i), "outcome"));
          }
          return;
        }
      }
      for (Waiting<C, R> w : batch) {
        try {
          w.finish(Outcome.of(kind.alone(w.change)));
        } catch (RuntimeException e) {
          w.finish(Outcome.failed(e));
        }
      }
    } finally {
      for (Waiting<C, R> w : batch) {
        if (!w.done) {
          w.finish(Outcome.failed(new IllegalStateException("the change was not applied")));
        }
      }
    }
  }

  /** How many changes wait to be combined for {@code playlist}: for tests. */
  int waiting(PlaylistId playlist) {
    return (int) stripeFor(playlist).waiting.stream().filter(w -> w.playlist.equals(playlist) && !w.done).count();
  }

  ReentrantLock lockFor(PlaylistId playlist) {
    return stripeFor(playlist).lock;
  }

  private Stripe stripeFor(PlaylistId playlist) {
    return stripes[Math.floorMod(playlist.value().hashCode(), STRIPES)];
  }

  private static final class Stripe {

    final ReentrantLock lock = new ReentrantLock(true);
    final Queue<Waiting<?, ?>> waiting = new ConcurrentLinkedQueue<>();

    /**
     * Under the lock: the oldest {@value #MOST_COMBINED} waiting changes like {@code mine} (same kind,
     * same playlist), taken off the queue in arrival order. When {@code mine} is not among them it
     * stays queued for a later turn, so no change overtakes an older one.
     */
    @SuppressWarnings("unchecked")
    <C, R> List<Waiting<C, R>> takeAlike(Waiting<C, R> mine) {
      List<Waiting<C, R>> batch = new ArrayList<>();
      for (Iterator<Waiting<?, ?>> it = waiting.iterator(); it.hasNext() && batch.size() < MOST_COMBINED; ) {
        Waiting<?, ?> w = it.next();
        if (w == mine || (w.kind == mine.kind && w.playlist.equals(mine.playlist) && !w.done)) {
          it.remove();
          batch.add((Waiting<C, R>) w);
        }
      }
      return batch;
    }

    /** After letting go of the lock: one waiting change tries to take it. */
    void wakeOne() {
      for (Waiting<?, ?> w : waiting) {
        if (!w.done) {
          w.woken = true;
          LockSupport.unpark(w.thread);
          return;
        }
      }
    }
  }

  private static final class Waiting<C, R> {

    final PlaylistId playlist;
    final C change;
    final Combinable<C, R> kind;
    final Thread thread;
    volatile boolean woken;
    volatile boolean done;
    Outcome<R> outcome;

    Waiting(PlaylistId playlist, C change, Combinable<C, R> kind, Thread thread) {
      this.playlist = playlist;
      this.change = change;
      this.kind = kind;
      this.thread = thread;
    }

    void finish(Outcome<R> result) {
      outcome = result;
      done = true;
      LockSupport.unpark(thread);
    }
  }
}
