package dev.cadenza.domain.users.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.AccessDeniedException;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.AuthenticationRequiredException;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.users.model.AccountStatus;
import dev.cadenza.domain.users.model.EmailTakenException;
import dev.cadenza.domain.users.model.InvalidCredentialsException;
import dev.cadenza.domain.users.model.LastAdminException;
import dev.cadenza.domain.users.model.TooManyAttemptsException;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.model.UsernameTakenException;
import dev.cadenza.domain.users.port.in.Authenticated;
import dev.cadenza.domain.users.port.in.CreatedApiKey;
import dev.cadenza.domain.users.port.in.LoginCommand;
import dev.cadenza.domain.users.port.in.RegisterUserCommand;
import dev.cadenza.domain.users.port.in.TokenPair;
import dev.cadenza.domain.users.port.in.UpdateProfileCommand;
import dev.cadenza.domain.users.port.in.UserAccounts;
import dev.cadenza.domain.users.port.in.UserProfile;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryAccounts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAccountsTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");
  private InMemoryAccounts fakes;
  private UserAccounts accounts;

  @BeforeEach
  void setUp() {
    fakes = new InMemoryAccounts(clock);
    accounts = fakes.useCases;
  }

  private User register(String username, String email) {
    return accounts.register().register(new RegisterUserCommand(Actor.anonymous(), username, "correct horse",
        "Full " + username, email));
  }

  private TokenPair login(String username, String password) {
    return accounts.login().login(new LoginCommand(username, password, "10.0.0.1"));
  }

  private static Actor actorOf(User u) {
    return Actor.user(u.id(), u.roles());
  }

  @Test
  void registersAnActiveUserWithTheUserRoleAndAudits() {
    User alice = register("Alice", "Alice@Example.org");

    assertThat(alice.username().value()).isEqualTo("alice");
    assertThat(alice.roles()).containsExactly(Role.USER);
    assertThat(alice.isActive()).isTrue();
    assertThat(alice.passwordHash()).as("the caller gets no hash").isEqualTo(User.WITHHELD_HASH);
    String stored = fakes.users.findById(alice.id()).orElseThrow().passwordHash();
    assertThat(stored).isNotBlank().doesNotContain("correct horse");
    AuditEntry entry = fakes.audit.entries().get(0);
    assertThat(entry.action()).isEqualTo("user.register");
    assertThat(entry.after()).containsEntry("username", "alice").doesNotContainKey("passwordHash");
    assertThat(entry.after().values()).noneMatch(v -> String.valueOf(v).contains(stored));
  }

  @Test
  void reportsEveryInvalidFieldAtOnceAndStoresNothing() {
    assertThatThrownBy(() -> accounts.register().register(new RegisterUserCommand(Actor.anonymous(), "A!", "short",
        " ", "not-an-email")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactlyInAnyOrder("username", "fullName", "email", "password"));
    assertThat(fakes.audit.entries()).isEmpty();
  }

  @Test
  void passwordMayNotEqualTheUsername() {
    assertThatThrownBy(() -> accounts.register().register(new RegisterUserCommand(Actor.anonymous(), "longname1",
        "LONGNAME1", "Long Name", null)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::message).contains("must not be the username"));
  }

  @Test
  void aPasswordOfOnlySpacesIsRefusedWhateverItsLength() {
    for (String blank : new String[] {"        ", "\t \u3000 \u00a0   \u2003 "}) {
      assertThatThrownBy(() -> accounts.register().register(new RegisterUserCommand(Actor.anonymous(), "spaced",
          blank, "Spaced Out", null)))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .extracting(FieldViolation::message).containsExactly("must not be only spaces"));
    }
    assertThat(register("spaced", null).username().value()).as("spaces inside a password are fine")
        .isEqualTo("spaced");
  }

  @Test
  void usernamesAndEmailsAreUniqueCaseInsensitively() {
    register("bob", "bob@example.org");

    assertThatThrownBy(() -> register("BOB", null)).isInstanceOf(UsernameTakenException.class);
    assertThatThrownBy(() -> register("robert", "BOB@example.org")).isInstanceOf(EmailTakenException.class);
    register("asa", "\u00e5sa@example.org");
    assertThatThrownBy(() -> register("asa2", "A\u030aSA@example.org")).as("a and a combining ring is \u00e5")
        .isInstanceOf(EmailTakenException.class);
  }

  @Test
  void loginIssuesTokensThatAuthenticate() {
    User carol = register("carol", null);

    TokenPair tokens = login("CAROL", "correct horse");

    Optional<Authenticated> who = accounts.authenticate().byAccessToken(tokens.accessToken());
    assertThat(who).isPresent();
    assertThat(who.get().actor().userId()).contains(carol.id());
    assertThat(who.get().session()).isPresent();
    assertThat(tokens.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void unknownUserAndWrongPasswordFailAlikeAndBothSpendAPasswordCheck() {
    register("dave", null);
    int before = fakes.hasher.checks();

    assertThatThrownBy(() -> login("dave", "wrong password")).isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(() -> login("nobody", "wrong password")).isInstanceOf(InvalidCredentialsException.class);

    assertThat(fakes.hasher.checks() - before).isEqualTo(2);
    assertThat(fakes.audit.entries()).extracting(AuditEntry::action).contains("user.login-failed");
  }

  @Test
  void signInFoldsTheNameAsRegistrationDoesAsciiLettersOnly() {
    register("frank", null);

    assertThat(login(" FRANK ", "correct horse").accessToken()).isNotBlank();
    assertThatThrownBy(() -> login("fran\u212a", "correct horse")).as("the Kelvin sign is not a k")
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void aFailedSignInUnderAnotherUsersIdIsNotFiledUnderThatUser() {
    User erin = register("erin", null);

    assertThatThrownBy(() -> login("erin", "wrong password")).isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(() -> login(erin.id().toString(), "wrong password"))
        .isInstanceOf(InvalidCredentialsException.class);

    List<AuditEntry> failed = fakes.audit.entries().stream().filter(e -> e.action().equals("user.login-failed"))
        .toList();
    assertThat(failed).extracting(AuditEntry::resourceType, AuditEntry::resourceId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("user", erin.id().toString()),
        org.assertj.core.groups.Tuple.tuple("username", erin.id().toString()));
  }

  @Test
  void aNameLongerThanAnyUsernameFailsLikeAnyOtherAndIsKeptShortened() {
    String name = "n".repeat(5_000) + "\uD83C\uDFB5";

    assertThatThrownBy(() -> login(name, "wrong password")).isInstanceOf(InvalidCredentialsException.class);

    AuditEntry failed = fakes.audit.entries().get(fakes.audit.entries().size() - 1);
    assertThat(failed.action()).isEqualTo("user.login-failed");
    assertThat(failed.resourceId()).isEqualTo("n".repeat(64) + "\u2026");
    assertThat(failed.after()).containsEntry("username", "n".repeat(64) + "\u2026");
    // names that share their first 64 characters share a count
    for (int i = 0; i < 9; i++) {
      String other = "n".repeat(64) + i;
      assertThatThrownBy(() -> login(other, "wrong password")).isInstanceOf(InvalidCredentialsException.class);
    }
    assertThatThrownBy(() -> accounts.login().login(new LoginCommand(name, "x", "10.9.9.9")))
        .isInstanceOf(TooManyAttemptsException.class);
  }

  @Test
  void tooManyFailuresAreThrottledForAWhile() {
    register("erin", null);
    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(() -> login("erin", "nope")).isInstanceOf(InvalidCredentialsException.class);
    }

    assertThatThrownBy(() -> login("erin", "correct horse"))
        .isInstanceOfSatisfying(TooManyAttemptsException.class,
            e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));

    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    assertThat(login("erin", "correct horse").accessToken()).isNotBlank();
  }

  @Test
  void refreshRotatesAndReuseRevokesTheWholeSession() {
    register("fay", null);
    TokenPair first = login("fay", "correct horse");

    TokenPair second = accounts.refresh().refresh(first.refreshToken());
    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(accounts.authenticate().byAccessToken(second.accessToken())).isPresent();

    assertThatThrownBy(() -> accounts.refresh().refresh(first.refreshToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(() -> accounts.refresh().refresh(second.refreshToken()))
        .as("the reuse revoked the whole session").isInstanceOf(InvalidCredentialsException.class);
    assertThat(accounts.authenticate().byAccessToken(second.accessToken())).isEmpty();
    assertThat(fakes.audit.entries()).extracting(AuditEntry::action).contains("session.token-reuse");
  }

  @Test
  void tokensAreNotInterchangeable() {
    register("gus", null);
    TokenPair tokens = login("gus", "correct horse");

    assertThat(accounts.authenticate().byAccessToken(tokens.refreshToken())).isEmpty();
    assertThatThrownBy(() -> accounts.refresh().refresh(tokens.accessToken()))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void expiredRefreshTokensAndLogoutEndTheSession() {
    register("hal", null);
    TokenPair tokens = login("hal", "correct horse");
    assertThat(accounts.logout().logout(tokens.refreshToken())).as("this logout ended the session").isTrue();
    assertThat(accounts.logout().logout(tokens.refreshToken())).as("it had ended already").isFalse();
    assertThat(accounts.authenticate().byAccessToken(tokens.accessToken())).isEmpty();
    assertThatThrownBy(() -> accounts.refresh().refresh(tokens.refreshToken()))
        .isInstanceOf(InvalidCredentialsException.class);

    TokenPair later = login("hal", "correct horse");
    clock.advance(Duration.ofDays(31));
    assertThatThrownBy(() -> accounts.refresh().refresh(later.refreshToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(accounts.authenticate().byAccessToken(later.accessToken())).as("access token expired too").isEmpty();
  }

  @Test
  void deactivationStopsTokensAndKeysAtOnce() {
    User admin = accounts.createAdmin().createAdminIfNone("root-admin", "admin password", "Admin").orElseThrow().user();
    User ivy = register("ivy", null);
    TokenPair tokens = login("ivy", "correct horse");
    CreatedApiKey key = accounts.apiKeys().createApiKey(actorOf(ivy), "ci");
    assertThat(accounts.authenticate().byApiKey(key.secret())).isPresent();

    accounts.setStatus().setStatus(actorOf(admin), ivy.id(), AccountStatus.INACTIVE);

    assertThat(accounts.authenticate().byAccessToken(tokens.accessToken())).isEmpty();
    assertThat(accounts.authenticate().byApiKey(key.secret())).isEmpty();
    assertThatThrownBy(() -> accounts.refresh().refresh(tokens.refreshToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(() -> login("ivy", "correct horse")).isInstanceOf(InvalidCredentialsException.class);

    accounts.setStatus().setStatus(actorOf(admin), ivy.id(), AccountStatus.ACTIVE);
    assertThat(accounts.authenticate().byApiKey(key.secret())).as("keys work again").isPresent();
    assertThat(login("ivy", "correct horse").accessToken()).isNotBlank();
  }

  @Test
  void onlyAdminsChangeStatusAndRoles() {
    User jo = register("joe", null);
    User kim = register("kim", null);

    assertThatThrownBy(() -> accounts.setStatus().setStatus(actorOf(jo), kim.id(), AccountStatus.INACTIVE))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> accounts.setRoles().setRoles(Actor.anonymous(), kim.id(), Set.of(Role.ADMIN)))
        .isInstanceOf(AuthenticationRequiredException.class);

    User admin = accounts.createAdmin().createAdminIfNone("boss", "boss password", "Boss").orElseThrow().user();
    User curator = accounts.setRoles().setRoles(actorOf(admin), kim.id(), Set.of(Role.CURATOR)).user();
    assertThat(curator.roles()).containsExactlyInAnyOrder(Role.USER, Role.CURATOR);
    assertThat(accounts.createAdmin().createAdminIfNone("boss2", "boss password", "Boss")).isEmpty();
  }

  @Test
  void theLastActiveAdminKeepsTheRoleAndStaysActive() {
    User root = accounts.createAdmin().createAdminIfNone("root", "root password", "Root").orElseThrow().user();

    assertThatThrownBy(() -> accounts.setRoles().setRoles(actorOf(root), root.id(), Set.of(Role.CURATOR)))
        .isInstanceOfSatisfying(LastAdminException.class, e -> assertThat(e.code()).isEqualTo("LastAdmin"));
    assertThatThrownBy(() -> accounts.setStatus().setStatus(actorOf(root), root.id(), AccountStatus.INACTIVE))
        .isInstanceOf(LastAdminException.class);
    assertThat(fakes.users.findById(root.id()).orElseThrow().disclosed(true)).isEqualTo(root);
    assertThat(accounts.setRoles().setRoles(actorOf(root), root.id(), Set.of(Role.ADMIN, Role.CURATOR)).user()
        .roles()).as("changes that keep the role pass").contains(Role.ADMIN, Role.CURATOR);

    User ann = register("ann", null);
    accounts.setRoles().setRoles(actorOf(root), ann.id(), Set.of(Role.ADMIN));
    User annAsAdmin = fakes.users.findById(ann.id()).orElseThrow();
    accounts.setRoles().setRoles(actorOf(annAsAdmin), root.id(), Set.of(Role.USER));
    assertThat(fakes.users.findById(root.id()).orElseThrow().roles()).containsExactly(Role.USER);
    assertThatThrownBy(() -> accounts.setStatus().setStatus(actorOf(annAsAdmin), ann.id(), AccountStatus.INACTIVE))
        .as("ann is the last one now").isInstanceOf(LastAdminException.class);

    accounts.setRoles().setRoles(actorOf(annAsAdmin), root.id(), Set.of(Role.ADMIN));
    accounts.setStatus().setStatus(actorOf(annAsAdmin), root.id(), AccountStatus.INACTIVE);
    assertThat(accounts.setRoles().setRoles(actorOf(annAsAdmin), root.id(), Set.of(Role.USER)).user().roles())
        .as("an inactive admin is not one of the active ones").containsExactly(Role.USER);
  }

  @Test
  void rolesChangesApplyToExistingTokensAtOnce() {
    User admin = accounts.createAdmin().createAdminIfNone("chief", "chief password", "Chief").orElseThrow().user();
    User lee = register("lee", null);
    TokenPair tokens = login("lee", "correct horse");

    accounts.setRoles().setRoles(actorOf(admin), lee.id(), Set.of(Role.CURATOR));

    assertThat(accounts.authenticate().byAccessToken(tokens.accessToken()).orElseThrow().actor().roles())
        .contains(Role.CURATOR);
  }

  @Test
  void accountChangesNamingAnOldVersionAreRefusedWithTheCurrentAccountAndChangeNothing() {
    User admin = accounts.createAdmin().createAdminIfNone("warden", "warden password", "Warden").orElseThrow().user();
    User pia = register("pia", null);
    long first = pia.version();
    User renamed = accounts.updateProfile().updateProfile(new UpdateProfileCommand(actorOf(pia), Optional.empty(),
        Change.to("Pia P."), Change.keep(), Optional.empty(), Optional.empty(), "10.0.0.1", OptionalLong.of(first)))
        .user();
    assertThat(renamed.version()).isEqualTo(first + 1);
    int audited = fakes.audit.entries().size();

    assertThatThrownBy(() -> accounts.updateProfile().updateProfile(new UpdateProfileCommand(actorOf(pia),
        Optional.empty(), Change.to("Stale"), Change.keep(), Optional.empty(), Optional.empty(), "10.0.0.1",
        OptionalLong.of(first))))
        .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
          assertThat(e.currentVersion()).isEqualTo(first + 1);
          assertThat(e.current()).isEqualTo(new UserProfile(renamed, true));
        });
    assertThatThrownBy(() -> accounts.setStatus().setStatus(actorOf(admin), pia.id(), AccountStatus.INACTIVE,
        OptionalLong.of(first))).isInstanceOf(PreconditionFailedException.class);
    assertThatThrownBy(() -> accounts.setRoles().setRoles(actorOf(admin), pia.id(), Set.of(Role.CURATOR),
        OptionalLong.of(first))).isInstanceOf(PreconditionFailedException.class);
    assertThat(fakes.users.findById(pia.id()).orElseThrow().disclosed(true)).isEqualTo(renamed);
    assertThat(fakes.audit.entries()).hasSize(audited);

    User curator = accounts.setRoles().setRoles(actorOf(admin), pia.id(), Set.of(Role.CURATOR),
        OptionalLong.of(renamed.version())).user();
    assertThat(curator.roles()).contains(Role.CURATOR);
    assertThat(accounts.setStatus().setStatus(actorOf(admin), pia.id(), AccountStatus.INACTIVE,
        OptionalLong.of(curator.version())).user().isActive()).isFalse();
  }

  @Test
  void profileShowsPrivateFieldsToSelfAndAdminsOnly() {
    User max = register("max", "max@example.org");
    User ned = register("ned", null);

    assertThat(accounts.getUser().getUser(actorOf(max), max.id()).privateView()).isTrue();
    assertThat(accounts.getUser().getUser(actorOf(ned), max.id()).privateView()).isFalse();
    assertThat(accounts.getUser().getUser(Actor.anonymous(), max.id()).privateView()).isFalse();
    // what a use case hands out never carries the password hash, nor, to others, the e-mail address
    User own = accounts.getUser().getUser(actorOf(max), max.id()).user();
    User seenByOthers = accounts.getUser().getUser(actorOf(ned), max.id()).user();
    assertThat(fakes.users.findById(max.id()).orElseThrow().passwordHash()).isNotEqualTo(User.WITHHELD_HASH);
    assertThat(own.passwordHash()).isEqualTo(User.WITHHELD_HASH);
    assertThat(own.email().map(Object::toString)).contains("max@example.org");
    assertThat(seenByOthers.passwordHash()).isEqualTo(User.WITHHELD_HASH);
    assertThat(seenByOthers.email()).isEmpty();
    assertThat(seenByOthers.version()).isEqualTo(own.version());
    assertThat(seenByOthers.username()).isEqualTo(max.username());
    assertThatThrownBy(() -> accounts.getUser().getUser(Actor.anonymous(),
        new dev.cadenza.domain.shared.model.UserId(java.util.UUID.randomUUID())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
    User olga = register("olga", null);
    TokenPair here = login("olga", "correct horse");
    TokenPair elsewhere = login("olga", "correct horse");
    Authenticated current = accounts.authenticate().byAccessToken(here.accessToken()).orElseThrow();

    assertThatThrownBy(() -> accounts.updateProfile().updateProfile(new UpdateProfileCommand(actorOf(olga),
        current.session(), Change.keep(), Change.keep(), Optional.of("wrong"), Optional.of("new password 1"), "10.0.0.1")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("currentPassword"));

    accounts.updateProfile().updateProfile(new UpdateProfileCommand(actorOf(olga), current.session(),
        Change.to("Olga O."), Change.keep(), Optional.of("correct horse"), Optional.of("new password 1"), "10.0.0.1"));

    assertThat(accounts.authenticate().byAccessToken(here.accessToken())).isPresent();
    assertThat(accounts.authenticate().byAccessToken(elsewhere.accessToken())).isEmpty();
    assertThatThrownBy(() -> login("olga", "correct horse")).isInstanceOf(InvalidCredentialsException.class);
    assertThat(login("olga", "new password 1").accessToken()).isNotBlank();
    assertThat(fakes.audit.entries()).extracting(AuditEntry::action)
        .contains("user.profile-change", "user.password-change");
    assertThat(fakes.audit.entries()).allSatisfy(e -> assertThat(e.after().toString()).doesNotContain("new password 1"));
  }

  @Test
  void aCurrentPasswordSentWithAnotherChangeIsCheckedAndAWrongOneChangesNothing() {
    User pia = register("pia", "pia@example.org");

    assertThatThrownBy(() -> accounts.updateProfile().updateProfile(new UpdateProfileCommand(actorOf(pia),
        Optional.empty(), Change.keep(), Change.to("pia.new@example.org"), Optional.of("wrong"), Optional.empty(),
        "10.0.0.2")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("currentPassword"));
    assertThat(accounts.getUser().getUser(actorOf(pia), pia.id()).user().email().map(Object::toString))
        .contains("pia@example.org");
    assertThat(fakes.audit.entries()).extracting(AuditEntry::action)
        .contains("user.password-check-failed").doesNotContain("user.profile-change");

    UserProfile changed = accounts.updateProfile().updateProfile(new UpdateProfileCommand(actorOf(pia),
        Optional.empty(), Change.keep(), Change.to("pia.new@example.org"), Optional.of("correct horse"),
        Optional.empty(), "10.0.0.2"));
    assertThat(changed.user().email().map(Object::toString)).contains("pia.new@example.org");
    assertThat(login("pia", "correct horse").accessToken()).as("the password stays").isNotBlank();
  }

  private void changePassword(User user, String currentPassword, String newPassword, String from) {
    accounts.updateProfile().updateProfile(new UpdateProfileCommand(actorOf(user), Optional.empty(), Change.keep(),
        Change.keep(), Optional.of(currentPassword), Optional.of(newPassword), from));
  }

  @Test
  void wrongCurrentPasswordsCountAsFailedSignInsAndAreThrottledWithoutAnotherCheck() {
    User uma = register("uma", null);
    for (int i = 0; i < 10; i++) {
      String guess = "guess " + i;
      assertThatThrownBy(() -> changePassword(uma, guess, "taken over 1", "203.0.113.9"))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("currentPassword"));
    }
    List<AuditEntry> failed = fakes.audit.entries().stream()
        .filter(e -> e.action().equals("user.password-check-failed")).toList();
    assertThat(failed).hasSize(10).allSatisfy(e -> {
      assertThat(e.resourceId()).isEqualTo(uma.id().toString());
      assertThat(e.actor()).isEqualTo(actorOf(uma).auditName());
      assertThat(e.after()).containsEntry("username", "uma").containsEntry("clientAddress", "203.0.113.9");
    });
    int checks = fakes.hasher.checks();

    // Blocked: even the right password is refused, without being checked, and nothing changes.
    assertThatThrownBy(() -> changePassword(uma, "correct horse", "taken over 1", "198.51.100.1"))
        .isInstanceOfSatisfying(TooManyAttemptsException.class,
            e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
    assertThat(fakes.hasher.checks()).isEqualTo(checks);
    // The guesses counted as failed sign-ins: the username is blocked for signing in too, and the
    // address for other users' password changes.
    assertThatThrownBy(() -> login("uma", "correct horse")).isInstanceOf(TooManyAttemptsException.class);
    User vic = register("vic", null);
    assertThatThrownBy(() -> changePassword(vic, "correct horse", "new password 2", "203.0.113.9"))
        .isInstanceOf(TooManyAttemptsException.class);

    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    assertThatThrownBy(() -> login("uma", "taken over 1")).isInstanceOf(InvalidCredentialsException.class);
    assertThat(login("uma", "correct horse").accessToken()).isNotBlank();
  }

  @Test
  void failedSignInsBlockPasswordChangesAndARightCurrentPasswordClearsTheUsernamesCount() {
    User walt = register("walt", null);
    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(() -> login("walt", "nope")).isInstanceOf(InvalidCredentialsException.class);
    }
    assertThatThrownBy(() -> changePassword(walt, "correct horse", "new password 3", null))
        .isInstanceOf(TooManyAttemptsException.class);

    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    for (int i = 0; i < 9; i++) {
      assertThatThrownBy(() -> changePassword(walt, "nope", "new password 3", null))
          .isInstanceOf(ValidationException.class);
    }
    changePassword(walt, "correct horse", "new password 3", null);
    for (int i = 0; i < 9; i++) {
      assertThatThrownBy(() -> changePassword(walt, "nope", "new password 4", null))
          .isInstanceOf(ValidationException.class);
    }
    changePassword(walt, "new password 3", "new password 4", null);
    assertThat(login("walt", "new password 4").accessToken()).isNotBlank();
  }

  @Test
  void emailChangeKeepsUniqueness() {
    register("pam", "pam@example.org");
    User quin = register("quin", null);

    assertThatThrownBy(() -> accounts.updateProfile().updateProfile(new UpdateProfileCommand(actorOf(quin),
        Optional.empty(), Change.keep(), Change.to("PAM@example.org"), Optional.empty(), Optional.empty(), null)))
        .isInstanceOf(EmailTakenException.class);
    assertThat(accounts.updateProfile().updateProfile(new UpdateProfileCommand(actorOf(quin), Optional.empty(),
        Change.keep(), Change.to("quin@example.org"), Optional.empty(), Optional.empty(), null)).user().email())
        .hasValueSatisfying(e -> assertThat(e.value()).isEqualTo("quin@example.org"));
  }

  @Test
  void apiKeysAreShownOnceStoredHashedListedAndRevocable() {
    User rae = register("rae", null);
    User sid = register("sid", null);
    CreatedApiKey created = accounts.apiKeys().createApiKey(actorOf(rae), "deploy bot");

    assertThat(created.secret()).startsWith("cdz_" + created.key().prefix() + "_");
    assertThat(created.key().secretHash()).doesNotContain(created.secret());
    assertThat(accounts.authenticate().byApiKey(created.secret()).orElseThrow().actor().userId()).contains(rae.id());
    assertThat(accounts.authenticate().byApiKey(created.secret() + "x")).isEmpty();
    assertThat(accounts.authenticate().byApiKey("cdz_" + created.key().prefix() + "_" + "A".repeat(43))).isEmpty();

    List<?> listed = accounts.apiKeys().listApiKeys(actorOf(rae), PageRequest.first(10)).items();
    assertThat(listed).hasSize(1);
    assertThat(accounts.apiKeys().getApiKey(actorOf(rae), created.key().id())).isEqualTo(listed.get(0));
    assertThatThrownBy(() -> accounts.apiKeys().getApiKey(actorOf(sid), created.key().id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(accounts.apiKeys().listApiKeys(actorOf(sid), PageRequest.first(10)).items()).isEmpty();

    assertThatThrownBy(() -> accounts.apiKeys().revokeApiKey(actorOf(sid), created.key().id()))
        .isInstanceOf(NotFoundException.class);
    accounts.apiKeys().revokeApiKey(actorOf(rae), created.key().id());
    assertThat(accounts.authenticate().byApiKey(created.secret())).isEmpty();
    assertThat(fakes.audit.entries()).extracting(AuditEntry::action).contains("apikey.create", "apikey.revoke");
  }

  @Test
  void apiKeyUseIsRecordedAtMostOncePerInterval() {
    User tom = register("tom", null);
    CreatedApiKey created = accounts.apiKeys().createApiKey(actorOf(tom), "k");

    accounts.authenticate().byApiKey(created.secret());
    var firstUse = fakes.apiKeys.findById(created.key().id()).orElseThrow().lastUsedAt();
    clock.advance(Duration.ofSeconds(10));
    accounts.authenticate().byApiKey(created.secret());
    assertThat(fakes.apiKeys.findById(created.key().id()).orElseThrow().lastUsedAt()).isEqualTo(firstUse);
    clock.advance(Duration.ofMinutes(2));
    accounts.authenticate().byApiKey(created.secret());
    assertThat(fakes.apiKeys.findById(created.key().id()).orElseThrow().lastUsedAt()).isNotEqualTo(firstUse);
  }
}
