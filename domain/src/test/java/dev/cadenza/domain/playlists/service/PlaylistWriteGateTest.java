package dev.cadenza.domain.playlists.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

  /** Combines by appending each change to a list; a change named "refuse" is refused alone. */
  private static final class Recording implements PlaylistWriteGate.Combinable<String, String> {
    final List<List<String>> batches = new CopyOnWriteArrayList<>();
    final List<String> alone = new CopyOnWriteArrayList<>();
    final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger mostInside = new AtomicInteger();
    volatile boolean failTogether;

    @Override
    public String alone(String change) {
      enter();
      try {
        alone.add(change);
        if (change.equals("refuse")) {
          throw new NotFoundException("Song", change);
        }
        return "done " + change;
      } finally {
        inside.decrementAndGet();
      }
    }

    @Override
    public List<PlaylistWriteGate.Outcome<String>> together(List<String> changes) {
      enter();
      try {
        if (failTogether) {
          throw new IllegalStateException("the store went away");
        }
        batches.add(List.copyOf(changes));
        return changes.stream().map(c -> c.equals("refuse")
            ? PlaylistWriteGate.Outcome.<String>failed(new NotFoundException("Song", c))
            : PlaylistWriteGate.Outcome.of("done " + c)).toList();
      } finally {
        inside.decrementAndGet();
      }
    }

    private void enter() {
      mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
    }
  }

  /** Holds the playlist with a change of its own until all of {@code changes} wait, then lets go. */
  private List<Future<String>> queuedBehindAHolder(PlaylistId playlist, List<String> changes, Recording kind,
                                                   ExecutorService pool) throws Exception {
    GateHolder holder = new GateHolder(gate, playlist, pool);
    List<Future<String>> answers = new ArrayList<>();
    for (String change : changes) {
      answers.add(pool.submit(() -> gate.combine(playlist, change, kind)));
    }
    GateHolder.awaitUntil(() -> gate.waiting(playlist) == changes.size());
    assertThat(gate.waiting(playlist)).isEqualTo(changes.size());
    holder.release();
    return answers;
  }

  @Test
  void changesWaitingForOnePlaylistAreAppliedTogetherAndEachCallerGetsItsOwnOutcome() throws Exception {
    PlaylistId playlist = PlaylistId.generate(clock);
    Recording kind = new Recording();
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<String> changes = List.of("a", "b", "refuse", "c", "d", "e", "f", "g", "h", "i");
      List<Future<String>> answers = queuedBehindAHolder(playlist, changes, kind, pool);
      for (int i = 0; i < changes.size(); i++) {
        if (changes.get(i).equals("refuse")) {
          Future<String> refused = answers.get(i);
          assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(NotFoundException.class);
        } else {
          assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("done " + changes.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(kind.batches).hasSize(1);
    assertThat(kind.batches.get(0)).containsExactlyInAnyOrderElementsOf(
        List.of("a", "b", "refuse", "c", "d", "e", "f", "g", "h", "i"));
    assertThat(kind.alone).isEmpty();
    assertThat(gate.waiting(playlist)).isZero();
    assertThat(gate.lockFor(playlist).isLocked()).isFalse();
  }

  @Test
  void moreWaitingChangesThanOneBatchTakesAreAppliedInArrivalOrder() throws Exception {
    PlaylistId playlist = PlaylistId.generate(clock);
    Recording kind = new Recording();
    int count = PlaylistWriteGate.MOST_COMBINED * 2 + 10;
    ExecutorService pool = Executors.newFixedThreadPool(count + 1);
    List<String> changes = new ArrayList<>();
    try {
      GateHolder holder = new GateHolder(gate, playlist, pool);
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String change = "c" + i;
        changes.add(change);
        answers.add(pool.submit(() -> gate.combine(playlist, change, kind)));
        int queued = i + 1;
        GateHolder.awaitUntil(() -> gate.waiting(playlist) == queued);
        assertThat(gate.waiting(playlist)).as("queued one after the other").isEqualTo(queued);
      }
      holder.release();
      for (int i = 0; i < count; i++) {
        assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("done c" + i);
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> applied = new ArrayList<>(kind.alone);
    kind.batches.forEach(applied::addAll);
    assertThat(kind.batches).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(PlaylistWriteGate.MOST_COMBINED));
    assertThat(kind.alone).as("nothing ran alone").isEmpty();
    assertThat(applied).as("oldest first, across batches").containsExactlyElementsOf(changes);
  }

  @Test
  void whenApplyingTogetherFailsEachChangeIsAppliedAlone() throws Exception {
    PlaylistId playlist = PlaylistId.generate(clock);
    Recording kind = new Recording();
    kind.failTogether = true;
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<String> changes = List.of("a", "refuse", "b", "c");
      List<Future<String>> answers = queuedBehindAHolder(playlist, changes, kind, pool);
      assertThat(answers.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("done a");
      assertThatThrownBy(() -> answers.get(1).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(NotFoundException.class);
      assertThat(answers.get(2).get(10, TimeUnit.SECONDS)).isEqualTo("done b");
      assertThat(answers.get(3).get(10, TimeUnit.SECONDS)).isEqualTo("done c");
    } finally {
      pool.shutdownNow();
    }
    assertThat(kind.batches).isEmpty();
    assertThat(kind.alone).containsExactlyInAnyOrder("a", "refuse", "b", "c");
  }

  @Test
  void aChangeWithNobodyWaitingRunsAlone() {
    PlaylistId playlist = PlaylistId.generate(clock);
    Recording kind = new Recording();
    assertThat(gate.combine(playlist, "a", kind)).isEqualTo("done a");
    assertThatThrownBy(() -> gate.combine(playlist, "refuse", kind)).isInstanceOf(NotFoundException.class);
    assertThat(kind.alone).containsExactly("a", "refuse");
    assertThat(kind.batches).isEmpty();
  }

  @Test
  void onlyChangesOfOneKindAndOnePlaylistAreCombinedAndNoneOverlap() throws Exception {
    PlaylistId playlist = PlaylistId.generate(clock);
    PlaylistId other = PlaylistId.generate(clock);
    Recording first = new Recording();
    Recording second = new Recording();
    Recording elsewhere = new Recording();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> answers = new ArrayList<>();
      for (int t = 0; t < 12; t++) {
        int thread = t;
        answers.add(pool.submit(() -> {
          start.await();
          StringBuilder seen = new StringBuilder();
          for (int k = 0; k < 50; k++) {
            String change = thread + "/" + k;
            String answer = switch (thread % 3) {
              case 0 -> gate.combine(playlist, change, first);
              case 1 -> gate.combine(playlist, change, second);
              default -> gate.one(playlist, () -> {
                mostInside.accumulateAndGet(inside.incrementAndGet() + first.inside.get() + second.inside.get(),
                    Math::max);
                inside.decrementAndGet();
                return "done " + change;
              });
            };
            assertThat(answer).isEqualTo("done " + change);
            seen.append(gate.combine(other, change, elsewhere).equals("done " + change) ? "" : "!");
          }
          return seen.toString();
        }));
      }
      start.countDown();
      for (Future<String> f : answers) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    for (Recording kind : List.of(first, second)) {
      assertThat(kind.mostInside).hasValue(1);
    }
    assertThat(mostInside).hasValue(1);
    List<String> firstChanges = new ArrayList<>(first.alone);
    first.batches.forEach(firstChanges::addAll);
    List<String> secondChanges = new ArrayList<>(second.alone);
    second.batches.forEach(secondChanges::addAll);
    List<String> elsewhereChanges = new ArrayList<>(elsewhere.alone);
    elsewhere.batches.forEach(elsewhereChanges::addAll);
    assertThat(firstChanges).hasSize(200).doesNotHaveDuplicates()
        .allMatch(c -> Integer.parseInt(c.substring(0, c.indexOf('/'))) % 3 == 0);
    assertThat(secondChanges).hasSize(200).doesNotHaveDuplicates()
        .allMatch(c -> Integer.parseInt(c.substring(0, c.indexOf('/'))) % 3 == 1);
    assertThat(elsewhereChanges).hasSize(600).doesNotHaveDuplicates();
  }
}
