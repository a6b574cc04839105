package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.AccountStatus;
import dev.cadenza.domain.users.model.Email;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.model.Username;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * One row of {@code users}; its accessors name the statement parameters. Status and roles are
 * stored as lower-case names, the e-mail address beside its case-insensitive key.
 */
record UserRow(UUID id, String username, String fullName, String email, String emailFold, String passwordHash,
               String status, List<String> roles, long version, OffsetDateTime createdAt,
               OffsetDateTime updatedAt) {

  static final String COLUMNS = "id, username, full_name, email, email_fold, password_hash, status, roles, version,"
      + " created_at, updated_at";

  UserRow {
    roles = List.copyOf(roles);
  }

  static UserRow of(User user) {
    return new UserRow(user.id().value(), user.username().value(), user.fullName(),
        user.email().map(Email::value).orElse(null), user.email().map(Email::key).orElse(null), user.passwordHash(),
        name(user.status()), user.roles().stream().map(UserRow::name).sorted().toList(), user.version(),
        Times.toColumn(user.createdAt()), Times.toColumn(user.updatedAt()));
  }

  /** How an enum constant is stored. */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** Binds every column to the parameter named like its accessor. */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement.bind("id", id).bind("username", username).bind("fullName", fullName)
        .bindByType("email", email, String.class).bindByType("emailFold", emailFold, String.class)
        .bind("passwordHash", passwordHash).bind("status", status).bindArray("roles", String.class, roles)
        .bind("version", version).bind("createdAt", createdAt).bind("updatedAt", updatedAt);
  }

  User toUser() {
    Set<Role> roleSet = EnumSet.noneOf(Role.class);
    roles.forEach(r -> roleSet.add(Role.valueOf(r.toUpperCase(Locale.ROOT))));
    return new User(new UserId(id), new Username(username), fullName, Optional.ofNullable(email).map(Email::new),
        passwordHash, AccountStatus.valueOf(status.toUpperCase(Locale.ROOT)), roleSet, version,
        createdAt.toInstant(), updatedAt.toInstant());
  }
}
