package dev.cadenza.domain.shared.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00.123Z");

  @Test
  void v7HasVersionSevenAndTheRfcVariant() {
    for (int i = 0; i < 1000; i++) {
      UUID id = Uuids.v7(clock);
      assertThat(id.version()).isEqualTo(7);
      assertThat(id.variant()).isEqualTo(2);
    }
  }

  @Test
  void theFirst48BitsAreTheClocksUnixMilliseconds() {
    UUID id = Uuids.v7(clock);

    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.millis());
    assertThat(Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16)).isEqualTo(clock.instant());
  }

  @Test
  void idsOfLaterMillisecondsSortAfterEarlierOnes() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ids.add(Uuids.v7(clock));
      clock.advance(Duration.ofMillis(1));
    }

    assertThat(ids).isSorted();
    assertThat(ids.stream().map(UUID::toString).toList()).isSorted();
  }

  @Test
  void idsOfTheSameMillisecondSortInTheOrderTheyWereMade() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(Uuids.v7(clock));
    }

    assertThat(new HashSet<>(ids)).hasSize(10_000);
    assertThat(ids).isSorted().allSatisfy(id -> assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.millis()));
    assertThat(ids.stream().map(UUID::toString).toList()).isSorted();
    assertThat(ids).allSatisfy(id -> {
      assertThat(id.version()).isEqualTo(7);
      assertThat(id.variant()).isEqualTo(2);
    });
  }

  @Test
  void aClockThatGoesBackStartsOverFromItsEarlierTime() {
    Uuids.v7(clock);
    clock.set(clock.instant().minusSeconds(1));

    UUID id = Uuids.v7(clock);

    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.millis());
  }

  @Test
  void idsMadeConcurrentlyAreUnique() throws InterruptedException {
    java.util.Set<UUID> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 2_500; i++) {
          ids.add(Uuids.v7(clock));
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(ids).hasSize(10_000);
  }

  @Test
  void parseAcceptsTheCanonicalFormInEitherCase() {
    String text = "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b";

    assertThat(Uuids.parse(text)).contains(UUID.fromString(text));
    assertThat(Uuids.parse(text.toUpperCase())).contains(UUID.fromString(text));
  }

  @Test
  void parseRefusesEverythingElse() {
    assertThat(Uuids.parse(null)).isEmpty();
    assertThat(Uuids.parse("")).isEmpty();
    assertThat(Uuids.parse("1-2-3-4-5")).isEmpty();
    assertThat(Uuids.parse("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2g")).isEmpty();
    assertThat(Uuids.parse("0190a1b2c3d4-7e5f-8a6b-7c8d9e0f-1a2b")).isEmpty();
    assertThat(Uuids.parse(" 0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2")).isEmpty();
  }
}
