package dev.cadenza.domain.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActorTest {

  private final UserId alice = new UserId(UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"));

  @Test
  void anonymousCallersHaveNoIdAndNoRoles() {
    Actor actor = Actor.anonymous();

    assertThat(actor.kind()).isEqualTo(Actor.Kind.ANONYMOUS);
    assertThat(actor.userId()).isEmpty();
    assertThat(actor.roles()).isEmpty();
    assertThat(actor.auditName()).isEqualTo("anonymous");
  }

  @Test
  void theSystemHasNoIdAndNoRoles() {
    Actor actor = Actor.system();

    assertThat(actor.kind()).isEqualTo(Actor.Kind.SYSTEM);
    assertThat(actor.userId()).isEmpty();
    assertThat(actor.auditName()).isEqualTo("system");
  }

  @Test
  void aUserCarriesItsIdAndRoles() {
    Actor actor = Actor.user(alice, Set.of(Role.USER, Role.CURATOR));

    assertThat(actor.kind()).isEqualTo(Actor.Kind.USER);
    assertThat(actor.userId()).contains(alice);
    assertThat(actor.hasRole(Role.CURATOR)).isTrue();
    assertThat(actor.hasRole(Role.ADMIN)).isFalse();
    assertThat(actor.auditName()).isEqualTo("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
  }

  @Test
  void exactlyUsersCarryAnId() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Actor(Actor.Kind.USER, Optional.empty(), Set.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> new Actor(Actor.Kind.ANONYMOUS, Optional.of(alice), Set.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> new Actor(Actor.Kind.SYSTEM, Optional.of(alice), Set.of()));
    assertThat(new Actor(Actor.Kind.SYSTEM, null, Set.of()).userId()).isEmpty();
  }

  @Test
  void theRolesAreCopied() {
    Set<Role> roles = EnumSet.of(Role.USER);
    Actor actor = Actor.user(alice, roles);
    roles.add(Role.ADMIN);

    assertThat(actor.hasRole(Role.ADMIN)).isFalse();
  }
}
