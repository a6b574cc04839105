package dev.cadenza.adapters.persistence;

import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.users.model.EmailTakenException;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.model.Username;
import dev.cadenza.domain.users.model.UsernameTakenException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Condition;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Uniqueness holds across transactions: of two registrations of one username (or e-mail address)
 * in concurrent transactions exactly one succeeds, the other gets the domain's exception.
 */
class ConcurrentRegistrationTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private JdbiTransactionRunner tx;
  private JdbiUserRepository users;

  @BeforeEach
  void setUp() {
    DB.truncateAll();
    Jdbi jdbi = DB.jdbi();
    tx = new JdbiTransactionRunner(jdbi);
    users = new JdbiUserRepository(jdbi);
  }

  @AfterEach
  void tearDown() {
    threads.shutdownNow();
  }

  @Test
  void theSecondOfTwoOverlappingRegistrationsWaitsAndThenFindsTheUsernameTaken() throws Exception {
    User first = aUser().username("Alice").build();
    User second = aUser().username("ALICE").build();
    CountDownLatch inserted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    int[] holder = new int[1];

    Future<?> firstDone = threads.submit(() -> tx.inTransaction(() -> {
      users.add(first);
      holder[0] = backendPid();
      inserted.countDown();
      await(release);
    }));
    assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();

    Future<?> secondDone = threads.submit(() -> tx.inTransaction(() -> users.add(second)));
    awaitWaiterOn(holder[0]);
    assertThat(secondDone.isDone()).as("waits for the first transaction's undecided row").isFalse();

    release.countDown();
    firstDone.get(10, TimeUnit.SECONDS);
    assertThatThrownBy(() -> secondDone.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(UsernameTakenException.class);
    assertThat(users.findByUsername(new Username("alice"))).contains(first);
    assertThat(users.findById(second.id())).isEmpty();
  }

  @Test
  void racingRegistrationsOfOneUsernameGiveOneSuccessAndOneUsernameTaken() throws Exception {
    for (int round = 0; round < 20; round++) {
      String name = "racer-" + round;
      List<Object> outcomes = race(aUser().username(name.toUpperCase(Locale.ROOT)).build(), aUser().username(name).build());

      assertThat(outcomes).as("round " + round).containsOnlyOnce("stored")
          .haveExactly(1, new Condition<>(o -> o instanceof UsernameTakenException, "taken"));
    }
  }

  @Test
  void racingRegistrationsOfOneEmailGiveOneSuccessAndOneEmailTaken() throws Exception {
    for (int round = 0; round < 20; round++) {
      String email = "racer" + round + "@example.org";
      List<Object> outcomes = race(aUser().email(email.toUpperCase(Locale.ROOT)).build(), aUser().email(email).build());

      assertThat(outcomes).as("round " + round).containsOnlyOnce("stored")
          .haveExactly(1, new Condition<>(o -> o instanceof EmailTakenException, "taken"));
    }
  }

  @Test
  void theTransactionStaysUsableAfterAUsernameTaken() {
    users.add(aUser().username("grace").build());
    User other = aUser().build();

    boolean refused = tx.inTransaction(() -> {
      boolean taken = false;
      try {
        users.add(aUser().username("Grace").build());
      } catch (UsernameTakenException e) {
        taken = true;
      }
      users.add(other);
      return taken;
    });

    assertThat(refused).isTrue();
    assertThat(users.findById(other.id())).contains(other);
  }

  /** Stores {@code a} and {@code b} in two transactions started together; "stored" or the exception of each. */
  private List<Object> race(User a, User b) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<Object>> futures = new ArrayList<>();
    for (User u : List.of(a, b)) {
      futures.add(threads.submit(() -> {
        try {
          return tx.inTransaction(() -> {
            await(start);
            users.add(u);
            return "stored";
          });
        } catch (RuntimeException e) {
          return e;
        }
      }));
    }
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> f : futures) {
      outcomes.add(f.get(20, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  private static int backendPid() {
    return DB.jdbi().withHandle(h -> h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one());
  }

  private static void awaitWaiterOn(int holder) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try (Connection c = DB.connect(); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE " + holder
               + " = ANY(pg_blocking_pids(pid))")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the second registration never waited for the first");
      }
      Thread.sleep(20);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
