package dev.cadenza.testing.contract;

import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.AccountStatus;
import dev.cadenza.domain.users.model.Email;
import dev.cadenza.domain.users.model.EmailTakenException;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.model.Username;
import dev.cadenza.domain.users.model.UsernameTakenException;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} must do. */
public abstract class AbstractUserRepositoryContract {

  protected UserRepository users;
  protected TransactionRunner tx;

  protected abstract AccountStores newStores();

  @BeforeEach
  void freshStores() {
    AccountStores stores = newStores();
    users = stores.users();
    tx = stores.tx();
  }

  private User stored(User u) {
    tx.inTransaction(() -> users.add(u));
    return u;
  }

  @Test
  void anAccountAsAUseCaseHandsItOutIsNotStored() {
    User kept = aUser().build();
    User handedOut = kept.disclosed(true);

    assertThatThrownBy(() -> tx.inTransaction(() -> users.add(handedOut))).isInstanceOf(RuntimeException.class);
    assertThat(users.findById(kept.id())).isEmpty();
    stored(kept);
    User renamed = kept.withProfile("Renamed", kept.email(), Instant.parse("2026-05-01T00:00:00Z"));
    assertThatThrownBy(() -> tx.inTransaction(() -> users.update(renamed.disclosed(true))))
        .isInstanceOf(RuntimeException.class);
    assertThat(users.findById(kept.id())).contains(kept);
  }

  @Test
  void storesAndFindsByIdAndUsername() {
    User ada = stored(aUser().username("ada").email("Ada@Example.org").roles(Role.USER, Role.CURATOR).build());

    assertThat(users.findById(ada.id())).contains(ada);
    assertThat(tx.inTransaction(() -> users.findByIdForUpdate(ada.id()))).contains(ada);
    assertThat(users.findByUsername(new Username("ADA"))).contains(ada);
    assertThat(users.findByUsername(new Username("nobody"))).isEmpty();
    assertThat(users.findById(new UserId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void usernamesAreUnique() {
    stored(aUser().username("grace").build());

    assertThatThrownBy(() -> tx.inTransaction(() -> users.add(aUser().username("grace").build())))
        .isInstanceOf(UsernameTakenException.class);
  }

  @Test
  void emailsAreUniqueCaseInsensitively() {
    User first = stored(aUser().email("Same@Example.org").build());

    assertThatThrownBy(() -> tx.inTransaction(() -> users.add(aUser().email("same@example.ORG").build())))
        .isInstanceOf(EmailTakenException.class);
    assertThat(users.emailInUse(new Email("SAME@example.org"), null)).isTrue();
    assertThat(users.emailInUse(new Email("SAME@example.org"), first.id())).isFalse();
    assertThat(users.emailInUse(new Email("other@example.org"), null)).isFalse();
    stored(aUser().build());
    stored(aUser().build());
  }

  @Test
  void updateStoresTheNextVersionOnly() {
    User u = stored(aUser().build());
    User next = u.withStatus(AccountStatus.INACTIVE, Instant.parse("2026-02-03T04:05:06.000001Z"))
        .withRoles(Set.of(Role.ADMIN), Instant.parse("2026-02-03T04:05:06.000001Z"));

    assertThatThrownBy(() -> tx.inTransaction(() -> users.update(next)))
        .as("two versions ahead").isInstanceOf(ConcurrentModificationException.class);

    User oneAhead = u.withStatus(AccountStatus.INACTIVE, Instant.parse("2026-02-03T04:05:06.000001Z"));
    tx.inTransaction(() -> users.update(oneAhead));
    assertThat(users.findById(u.id())).contains(oneAhead);
  }

  @Test
  void updateKeepsEmailsUnique() {
    stored(aUser().email("taken@example.org").build());
    User other = stored(aUser().build());
    User clash = other.withProfile(other.fullName(), Optional.of(new Email("TAKEN@example.org")), Instant.now());

    assertThatThrownBy(() -> tx.inTransaction(() -> users.update(clash))).isInstanceOf(EmailTakenException.class);
    assertThat(users.findById(other.id()).orElseThrow().email()).isEmpty();
  }

  @Test
  void knowsWhetherARoleIsHeld() {
    assertThat(users.existsWithRole(Role.ADMIN)).isFalse();
    stored(aUser().roles(Role.CURATOR).build());
    assertThat(users.existsWithRole(Role.ADMIN)).isFalse();
    assertThat(users.existsWithRole(Role.CURATOR)).isTrue();
    stored(aUser().roles(Role.ADMIN).status(AccountStatus.INACTIVE).build());
    assertThat(users.existsWithRole(Role.ADMIN)).isTrue();
  }

  @Test
  void countsTheActiveHoldersOfARoleItLocks() {
    assertThat(tx.inTransaction(() -> users.lockActiveHolders(Role.ADMIN))).isZero();
    stored(aUser().roles(Role.ADMIN).build());
    stored(aUser().roles(Role.ADMIN, Role.CURATOR).build());
    stored(aUser().roles(Role.ADMIN).status(AccountStatus.INACTIVE).build());
    stored(aUser().roles(Role.CURATOR).build());
    assertThat(tx.inTransaction(() -> users.lockActiveHolders(Role.ADMIN))).isEqualTo(2);
    assertThat(tx.inTransaction(() -> users.lockActiveHolders(Role.CURATOR))).isEqualTo(2);
  }
}
