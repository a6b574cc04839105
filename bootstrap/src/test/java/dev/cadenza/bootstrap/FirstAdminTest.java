package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.users.port.in.RegisterUserCommand;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryAccounts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The first admin from CADENZA_ADMIN_USERNAME / _PASSWORD, and the clear refusals when it cannot be made. */
class FirstAdminTest {

  private final InMemoryAccounts accounts = new InMemoryAccounts(new MutableClock(Instant.parse("2026-12-06T00:00:00Z")));

  @Test
  void createsTheFirstAdminOnceAndThenNothing() {
    assertThat(Wiring.firstAdmin(accounts.useCases.createAdmin(), "root", "admin password 1"))
        .hasValueSatisfying(p -> assertThat(p.user().roles()).contains(Role.ADMIN));
    assertThat(Wiring.firstAdmin(accounts.useCases.createAdmin(), "other", "admin password 2")).isEmpty();
  }

  @Test
  void aNameAnOrdinaryAccountTookStopsTheStartWithAMessageSayingWhatToDo() {
    accounts.useCases.register().register(new RegisterUserCommand(Actor.anonymous(), "admin", "squatter password",
        "Squatter", null));

    assertThatThrownBy(() -> Wiring.firstAdmin(accounts.useCases.createAdmin(), "admin", "admin password 1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CADENZA_ADMIN_USERNAME names an existing account that is not an admin (admin)")
        .hasMessageContaining("no admin was created");
    assertThat(accounts.users.existsWithRole(Role.ADMIN)).isFalse();
  }

  @Test
  void anInvalidPasswordIsNamed() {
    assertThatThrownBy(() -> Wiring.firstAdmin(accounts.useCases.createAdmin(), "root", "short"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CADENZA_ADMIN_PASSWORD").hasMessageContaining("password");
  }
}
