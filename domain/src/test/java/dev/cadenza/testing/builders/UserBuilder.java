package dev.cadenza.testing.builders;

import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.AccountStatus;
import dev.cadenza.domain.users.model.Email;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.model.Username;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Builds valid accounts; each gets a unique username unless told otherwise. */
public final class UserBuilder {

  private UserId id = new UserId(UUID.randomUUID());
  private String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
  private String fullName = "Ada Lovelace";
  private String email;
  private String passwordHash = "$2b$04$abcdefghijklmnopqrstuuJ0ZcIY2e0cE0b4pIvZrj3o2GCt0vC2a";
  private AccountStatus status = AccountStatus.ACTIVE;
  private Set<Role> roles = Set.of(Role.USER);
  private long version = 1;
  private Instant at = Instant.parse("2026-01-02T03:04:05.123456Z");

  public static UserBuilder aUser() {
    return new UserBuilder();
  }

  public UserBuilder id(UserId id) {
    this.id = id;
    return this;
  }

  public UserBuilder username(String username) {
    this.username = username;
    return this;
  }

  public UserBuilder fullName(String fullName) {
    this.fullName = fullName;
    return this;
  }

  public UserBuilder email(String email) {
    this.email = email;
    return this;
  }

  public UserBuilder passwordHash(String hash) {
    this.passwordHash = hash;
    return this;
  }

  public UserBuilder status(AccountStatus status) {
    this.status = status;
    return this;
  }

  public UserBuilder roles(Role... roles) {
    this.roles = Set.of(roles);
    return this;
  }

  public UserBuilder version(long version) {
    this.version = version;
    return this;
  }

  public User build() {
    return new User(id, new Username(username), fullName, Optional.ofNullable(email).map(Email::new), passwordHash,
        status, roles, version, at, at);
  }
}
