package dev.cadenza.domain.users.model;

import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An account. Immutable and versioned; every change returns the next version. The password is kept
 * only as a hash from the {@code PasswordHasher} port and never leaves through {@link #describe()}.
 */
public final class User {

  private final UserId id;
  private final Username username;
  private final String fullName;
  private final Optional<Email> email;
  private final String passwordHash;
  private final AccountStatus status;
  private final Set<Role> roles;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;

  public User(UserId id, Username username, String fullName, Optional<Email> email, String passwordHash,
              AccountStatus status, Set<Role> roles, long version, Instant createdAt, Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.username = Objects.requireNonNull(username, "username");
    this.fullName = Objects.requireNonNull(fullName, "fullName");
    this.email = Objects.requireNonNull(email, "email");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.status = Objects.requireNonNull(status, "status");
    EnumSet<Role> all = EnumSet.of(Role.USER);
    all.addAll(roles);
    this.roles = Set.copyOf(all);
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    this.version = version;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public static User register(UserId id, Username username, String fullName, Optional<Email> email,
                              String passwordHash, Set<Role> roles, Instant now) {
    return new User(id, username, fullName, email, passwordHash, AccountStatus.ACTIVE, roles, 1, now, now);
  }

  private User next(String fullName, Optional<Email> email, String passwordHash, AccountStatus status,
                    Set<Role> roles, Instant now) {
    return new User(id, username, fullName, email, passwordHash, status, roles, version + 1, createdAt, now);
  }

  public User withProfile(String newFullName, Optional<Email> newEmail, Instant now) {
    if (newFullName.equals(fullName) && newEmail.equals(email)) {
      return this;
    }
    return next(newFullName, newEmail, passwordHash, status, roles, now);
  }

  public User withPasswordHash(String newHash, Instant now) {
    return next(fullName, email, newHash, status, roles, now);
  }

  public User withStatus(AccountStatus newStatus, Instant now) {
    return newStatus == status ? this : next(fullName, email, passwordHash, newStatus, roles, now);
  }

  public User withRoles(Set<Role> newRoles, Instant now) {
    EnumSet<Role> normalized = EnumSet.of(Role.USER);
    normalized.addAll(newRoles);
    return normalized.equals(roles) ? this : next(fullName, email, passwordHash, status, normalized, now);
  }

  public boolean isActive() {
    return status == AccountStatus.ACTIVE;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public UserId id() {
    return id;
  }

  public Username username() {
    return username;
  }

  public String fullName() {
    return fullName;
  }

  public Optional<Email> email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public AccountStatus status() {
    return status;
  }

  public Set<Role> roles() {
    return roles;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The password hash of an account handed out by a use case: withheld, see {@link #disclosed}. */
  public static final String WITHHELD_HASH = "";

  /**
   * This account as a use case hands it to its caller: never with the password hash (it reads
   * {@link #WITHHELD_HASH}), and without the e-mail address unless {@code privateView} (the user and
   * admins). The same version, so entity tags and If-Match work as on the stored account.
   */
  public User disclosed(boolean privateView) {
    if (passwordHash.equals(WITHHELD_HASH) && (privateView || email.isEmpty())) {
      return this;
    }
    return new User(id, username, fullName, privateView ? email : Optional.empty(), WITHHELD_HASH, status, roles,
        version, createdAt, updatedAt);
  }

  /** The audited values: never the password or its hash. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", username.value());
    m.put("fullName", fullName);
    m.put("email", email.map(Email::value).orElse(null));
    m.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
    m.put("roles", roles.stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList());
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof User u && u.id.equals(id) && u.version == version && u.username.equals(username)
        && u.fullName.equals(fullName) && u.email.equals(email) && u.passwordHash.equals(passwordHash)
        && u.status == status && u.roles.equals(roles) && u.createdAt.equals(createdAt)
        && u.updatedAt.equals(updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version);
  }

  @Override
  public String toString() {
    return "User[" + id + " " + username + " v" + version + " " + status + " " + roles + "]";
  }
}
