package dev.cadenza.domain.users.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.users.model.InvalidCredentialsException;
import dev.cadenza.domain.users.model.PasswordPolicy;
import dev.cadenza.domain.users.port.in.LoginCommand;
import dev.cadenza.domain.users.port.in.RegisterUserCommand;
import dev.cadenza.domain.users.port.in.TokenPair;
import dev.cadenza.domain.users.port.in.UserAccounts;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryAccounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The users context built for a compatibility adapter: another password policy, and refresh tokens
 * that are not rotated (they stay valid until logout or expiry) over the same stores.
 */
class RefreshWithoutRotationTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");
  private final InMemoryAccounts fakes = new InMemoryAccounts(clock);
  private final UserAccounts compatible = UsersServices.create(fakes.ports
      .withPasswordPolicy(new PasswordPolicy(6, 128, false))
      .withTokenSettings(fakes.ports.tokenSettings().withRotation(false)));

  private TokenPair signIn(String username) {
    return compatible.login().login(new LoginCommand(username, "secret", "10.0.0.1"));
  }

  @Test
  void aShorterPasswordIsAcceptedThereAndNotByTheDefaultPolicy() {
    compatible.register().register(new RegisterUserCommand(Actor.anonymous(), "john", "secret", "John Doe", null));
    assertThatThrownBy(() -> fakes.useCases.register().register(new RegisterUserCommand(Actor.anonymous(), "jane",
        "secret", "Jane Doe", null))).isInstanceOf(ValidationException.class);
  }

  @Test
  void theSameRefreshTokenRenewsAccessUntilLogout() {
    compatible.register().register(new RegisterUserCommand(Actor.anonymous(), "kim", "secret", "Kim", null));
    TokenPair tokens = signIn("kim");

    TokenPair first = compatible.refresh().refresh(tokens.refreshToken());
    clock.advance(Duration.ofSeconds(1));
    TokenPair second = compatible.refresh().refresh(tokens.refreshToken());

    assertThat(first.refreshToken()).isEqualTo(tokens.refreshToken());
    assertThat(second.refreshToken()).isEqualTo(tokens.refreshToken());
    assertThat(compatible.authenticate().byAccessToken(second.accessToken())).isPresent();

    compatible.logout().logout(tokens.refreshToken());
    assertThatThrownBy(() -> compatible.refresh().refresh(tokens.refreshToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(compatible.authenticate().byAccessToken(second.accessToken())).isEmpty();
  }

  @Test
  void aTokenOfARotatingSignInStaysSingleUseThroughTheCompatibleRefresh() {
    compatible.register().register(new RegisterUserCommand(Actor.anonymous(), "max", "secret", "Max", null));
    TokenPair signedIn = fakes.useCases.login().login(new LoginCommand("max", "secret", "10.0.0.1"));

    TokenPair renewed = compatible.refresh().refresh(signedIn.refreshToken());

    assertThat(renewed.refreshToken()).isNotEqualTo(signedIn.refreshToken());
    // presenting the spent token again, through either service, is reuse: the session is revoked
    assertThatThrownBy(() -> compatible.refresh().refresh(signedIn.refreshToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(() -> fakes.useCases.refresh().refresh(renewed.refreshToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(compatible.authenticate().byAccessToken(renewed.accessToken())).isEmpty();
  }

  @Test
  void accessTokensAreNoRefreshTokensAndTheDefaultStillRotates() {
    compatible.register().register(new RegisterUserCommand(Actor.anonymous(), "lee", "secret", "Lee", null));
    TokenPair tokens = signIn("lee");
    assertThatThrownBy(() -> compatible.refresh().refresh(tokens.accessToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(fakes.useCases.refresh().refresh(tokens.refreshToken()).refreshToken())
        .isNotEqualTo(tokens.refreshToken());
  }
}
