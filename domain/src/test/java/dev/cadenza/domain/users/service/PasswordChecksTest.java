package dev.cadenza.domain.users.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.users.model.InvalidCredentialsException;
import dev.cadenza.domain.users.model.PasswordPolicy;
import dev.cadenza.domain.users.model.TokenSettings;
import dev.cadenza.domain.users.model.TooManyAttemptsException;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.in.LoginCommand;
import dev.cadenza.domain.users.port.in.RegisterUserCommand;
import dev.cadenza.domain.users.port.in.UpdateProfileCommand;
import dev.cadenza.domain.users.port.in.UserAccounts;
import dev.cadenza.domain.users.port.out.PasswordHasher;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Password checks as bcrypt makes them: slow. Concurrent guesses cannot outrun the throttle, and a
 * password change checks and hashes before its transaction, not while holding the account's row.
 */
class PasswordChecksTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");
  private final InMemoryAccounts fakes = new InMemoryAccounts(clock);
  private final SlowHasher hasher = new SlowHasher();
  private final UserAccounts accounts = UsersServices.create(new UsersServices.Ports(fakes.users, fakes.sessions,
      fakes.apiKeys, hasher, fakes.tokens, fakes.throttle, fakes.audit, fakes.tx, clock, PasswordPolicy.DEFAULT,
      TokenSettings.DEFAULT));
  private final ExecutorService pool = Executors.newFixedThreadPool(40);

  /** The fake hasher, taking 50 ms a check and noting the checks and hashes made inside a transaction. */
  private final class SlowHasher implements PasswordHasher {
    final AtomicInteger checks = new AtomicInteger();
    final AtomicInteger inTransaction = new AtomicInteger();
    final AtomicReference<Runnable> duringNextCheck = new AtomicReference<>();

    private void spend() {
      if (fakes.tx.inTransaction()) {
        inTransaction.incrementAndGet();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public String hash(String password) {
      spend();
      return fakes.hasher.hash(password);
    }

    @Override
    public boolean matches(String password, String hash) {
      checks.incrementAndGet();
      spend();
      Runnable during = duringNextCheck.getAndSet(null);
      if (during != null) {
        during.run();
      }
      return fakes.hasher.matches(password, hash);
    }

    @Override
    public void simulateCheck(String password) {
      checks.incrementAndGet();
      spend();
    }
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private User register(String username) {
    return accounts.register().register(new RegisterUserCommand(Actor.anonymous(), username, "correct horse",
        "Full " + username, null));
  }

  private void changePassword(User user, String currentPassword, String newPassword) {
    accounts.updateProfile().updateProfile(new UpdateProfileCommand(Actor.user(user.id(), user.roles()),
        Optional.empty(), Change.keep(), Change.keep(), Optional.of(currentPassword), Optional.of(newPassword),
        "10.0.0.7"));
  }

  /** Runs {@code attempts} at once; the outcome of each, by the exception's simple name or "ok". */
  private List<String> atOnce(List<Runnable> attempts) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (Runnable attempt : attempts) {
      outcomes.add(pool.submit(() -> {
        start.await();
        try {
          attempt.run();
          return "ok";
        } catch (RuntimeException e) {
          return e.getClass().getSimpleName();
        }
      }));
    }
    start.countDown();
    List<String> result = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      result.add(outcome.get(30, TimeUnit.SECONDS));
    }
    return result;
  }

  @Test
  void concurrentSignInGuessesAreCheckedNoMoreOftenThanTheLimitAllows() throws Exception {
    register("xena");
    hasher.checks.set(0);
    List<Runnable> guesses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String guess = i == 39 ? "correct horse" : "guess " + i;
      guesses.add(() -> accounts.login().login(new LoginCommand("xena", guess, "10.0.0.9")));
    }

    List<String> outcomes = atOnce(guesses);

    // the limit is 10 per username and address: 10 checks made, all the others refused unchecked
    assertThat(hasher.checks.get()).isEqualTo(10);
    assertThat(outcomes).filteredOn(o -> o.equals(TooManyAttemptsException.class.getSimpleName())).hasSize(30);
    assertThat(outcomes).filteredOn(o -> o.equals(InvalidCredentialsException.class.getSimpleName())
        || o.equals("ok")).hasSize(10);
  }

  @Test
  void concurrentCurrentPasswordGuessesAreCheckedNoMoreOftenThanTheLimitAllows() throws Exception {
    User yuri = register("yuri");
    hasher.checks.set(0);
    List<Runnable> guesses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String guess = "guess " + i;
      guesses.add(() -> changePassword(yuri, guess, "taken over 1"));
    }

    List<String> outcomes = atOnce(guesses);

    assertThat(hasher.checks.get()).isEqualTo(10);
    assertThat(outcomes).filteredOn(o -> o.equals(ValidationException.class.getSimpleName())).hasSize(10);
    assertThat(outcomes).filteredOn(o -> o.equals(TooManyAttemptsException.class.getSimpleName())).hasSize(20);
    assertThat(fakes.audit.entries()).filteredOn(e -> e.action().equals("user.password-check-failed")).hasSize(10);
  }

  @Test
  void aPasswordChangeChecksAndHashesOutsideItsTransaction() {
    User zoe = register("zoe");
    hasher.inTransaction.set(0);

    changePassword(zoe, "correct horse", "new password 1");

    assertThat(hasher.checks.get()).isEqualTo(1);
    assertThat(hasher.inTransaction.get()).isZero();
    assertThat(accounts.login().login(new LoginCommand("zoe", "new password 1", "10.0.0.9")).accessToken())
        .isNotBlank();
    assertThat(fakes.audit.entries()).extracting(AuditEntry::action).contains("user.password-change");
  }

  @Test
  void aPasswordReplacedWhileTheCurrentOneWasCheckedIsCheckedAgain() {
    User amy = register("amy");
    // another request sets another password while this one checks the old one, which was right
    hasher.duringNextCheck.set(() -> fakes.users.update(fakes.users.findById(amy.id()).orElseThrow()
        .withPasswordHash(fakes.hasher.hash("replaced meanwhile"), clock.instant())));

    assertThatThrownBy(() -> changePassword(amy, "correct horse", "new password 2"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("currentPassword"));

    assertThat(hasher.checks.get()).isEqualTo(2);
    assertThat(accounts.login().login(new LoginCommand("amy", "replaced meanwhile", "10.0.0.9")).accessToken())
        .isNotBlank();
  }
}
