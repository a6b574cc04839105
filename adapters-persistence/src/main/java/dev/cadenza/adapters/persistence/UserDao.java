package dev.cadenza.adapters.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The statements on {@code users}. Used on demand, so each call joins the thread's open handle;
 * rows are bound and mapped by hand, as in {@link SongDao}. Writes that may break a unique
 * constraint run under a savepoint ({@link UniqueViolations#write}).
 */
interface UserDao extends SqlObject {

  String INSERT = "INSERT INTO users (" + UserRow.COLUMNS + ") VALUES (:id, :username, :fullName, :email,"
      + " :emailFold, :passwordHash, :status, :roles, :version, :createdAt, :updatedAt)";
  /** The username never changes. */
  String UPDATE = "UPDATE users SET full_name = :fullName, email = :email, email_fold = :emailFold,"
      + " password_hash = :passwordHash, status = :status, roles = :roles, version = :version,"
      + " updated_at = :updatedAt WHERE id = :id AND version = :version - 1";
  String COUNT_WITH_ROLE = "SELECT count(*) FROM users WHERE roles @> ARRAY[CAST(:role AS text)]";

  default void insert(UserRow row) {
    UniqueViolations.write(getHandle(), () -> row.bindTo(getHandle().createUpdate(INSERT)).execute());
  }

  /** Writes {@code row} over the version before it; 0 when the stored version is another. */
  default int update(UserRow row) {
    return UniqueViolations.write(getHandle(), () -> row.bindTo(getHandle().createUpdate(UPDATE)).execute());
  }

  @SqlQuery("SELECT " + UserRow.COLUMNS + " FROM users WHERE id = :id")
  Optional<UserRow> findById(@Bind("id") UUID id);

  @SqlQuery("SELECT " + UserRow.COLUMNS + " FROM users WHERE id = :id FOR UPDATE")
  Optional<UserRow> findByIdForUpdate(@Bind("id") UUID id);

  @SqlQuery("SELECT " + UserRow.COLUMNS + " FROM users WHERE username = :username")
  Optional<UserRow> findByUsername(@Bind("username") String username);

  /**
   * Counts rather than asks EXISTS: planned for the first match, EXISTS scans the table whenever
   * PostgreSQL has no statistics on a rare role (one admin among plain users), while a count of a
   * rare role reads the GIN index on {@code roles}.
   */
  @SqlQuery(COUNT_WITH_ROLE)
  long countWithRole(@Bind("role") String role);

  @SqlQuery("SELECT id FROM users WHERE roles @> ARRAY[CAST(:role AS text)] AND status = :status ORDER BY id"
      + " FOR UPDATE")
  List<UUID> lockWithRoleAndStatus(@Bind("role") String role, @Bind("status") String status);

  @SqlQuery("SELECT EXISTS (SELECT 1 FROM users)")
  boolean anyAccount();

  /** Whether an account other than {@code except} (may be null) has this e-mail key. */
  default boolean emailInUse(String emailFold, UUID except) {
    return getHandle().createQuery("SELECT EXISTS (SELECT 1 FROM users WHERE email_fold = :emailFold"
            + " AND id IS DISTINCT FROM :except)")
        .bind("emailFold", emailFold)
        .bindByType("except", except, UUID.class)
        .mapTo(Boolean.class)
        .one();
  }
}
