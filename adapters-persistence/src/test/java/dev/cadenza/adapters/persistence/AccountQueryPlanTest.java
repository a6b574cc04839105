package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With enough accounts for the planner to prefer indexes, every lookup of the users context's
 * repositories (the same conditions as their statements) is answered from an index, here with a
 * single admin among plain users, the case where PostgreSQL knows least about the rare role.
 */
class AccountQueryPlanTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  @BeforeAll
  static void fill() {
    DB.jdbi().useHandle(h -> {
      h.execute("INSERT INTO users (" + UserRow.COLUMNS + ") SELECT gen_random_uuid(), 'user-' || n, 'Name ' || n,"
          + " 'User' || n || '@example.org', 'user' || n || '@example.org', 'hash', 'active',"
          + " CASE WHEN n = 1 THEN ARRAY['user', 'admin'] ELSE ARRAY['user'] END, 1, now(), now()"
          + " FROM generate_series(1, 20000) AS n");
      h.execute("INSERT INTO sessions (" + SessionRow.COLUMNS + ") SELECT gen_random_uuid(), id, now(), NULL, true"
          + " FROM users, generate_series(1, 2)");
      h.execute("INSERT INTO refresh_tokens (" + RefreshTokenRow.COLUMNS + ") SELECT md5(id::text), id, user_id,"
          + " now(), now() + interval '1 day', NULL FROM sessions");
      h.execute("INSERT INTO api_keys (" + ApiKeyRow.COLUMNS + ") SELECT gen_random_uuid(), id, 'ci',"
          + " substr(md5(id::text), 1, 10), md5(id::text || 'k'), now(), NULL, NULL FROM users");
      h.execute("ANALYZE users, sessions, refresh_tokens, api_keys");
    });
  }

  private static String explain(String sql) {
    List<String> lines = DB.jdbi().withHandle(h -> h.createQuery("EXPLAIN " + sql).mapTo(String.class).list());
    return String.join("\n", lines);
  }

  @Test
  void usersAreFoundByUsernameEmailAndRoleThroughIndexes() {
    assertThat(explain("SELECT * FROM users WHERE username = 'user-42'")).contains("users_username_unique");
    assertThat(explain("SELECT EXISTS (SELECT 1 FROM users WHERE email_fold = 'user42@example.org'"
        + " AND id IS DISTINCT FROM NULL::uuid)")).contains("users_email_unique");
    assertThat(explain(UserDao.COUNT_WITH_ROLE.replace(":role", "'admin'")))
        .contains("users_roles");
  }

  @Test
  void tokensSessionsAndKeysAreFoundThroughIndexes() {
    assertThat(explain("SELECT * FROM refresh_tokens WHERE token_hash = 'x' FOR UPDATE"))
        .contains("refresh_tokens_pk");
    assertThat(explain("UPDATE sessions SET revoked_at = now() WHERE user_id = '5b0c6a4e-0000-7000-8000-000000000001'"
        + " AND revoked_at IS NULL AND id IS DISTINCT FROM NULL::uuid")).contains("sessions_user");
    assertThat(explain("SELECT * FROM api_keys WHERE prefix = 'abcdefghij'")).contains("api_keys_prefix_unique");
    assertThat(explain("SELECT * FROM api_keys WHERE owner_id = '5b0c6a4e-0000-7000-8000-000000000001'"
        + " ORDER BY id DESC LIMIT 21"))
        .contains("api_keys_owner_order");
  }
}
