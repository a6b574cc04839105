package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With an audit trail large enough for the planner to prefer indexes, each filter of the audit
 * listing (the statement of {@link AuditLogDao#find}) walks an index in the listing's order.
 */
class AuditQueryPlanTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  @BeforeAll
  static void fill() {
    DB.jdbi().useHandle(h -> {
      h.execute("INSERT INTO audit_log (" + AuditLogRow.COLUMNS + ") SELECT gen_random_uuid(),"
          + " now() - n * interval '1 second', 'user:' || (n % 500), 'song.update',"
          + " CASE WHEN n % 2 = 0 THEN 'song' ELSE 'album' END, 'item-' || (n % 20000), '{}', '{}'"
          + " FROM generate_series(1, 60000) AS n");
      h.execute("ANALYZE audit_log");
    });
  }

  private static String explain(String where) {
    List<String> lines = DB.jdbi().withHandle(h -> h.createQuery("EXPLAIN SELECT " + AuditLogRow.COLUMNS
        + " FROM audit_log WHERE " + where + " ORDER BY at DESC, id DESC LIMIT 21").mapTo(String.class).list());
    return String.join("\n", lines);
  }

  @Test
  void aResourceIdAloneIsFoundThroughItsOwnIndex() {
    assertThat(explain("resource_id = 'item-42'")).contains("audit_log_resource_id_at").doesNotContain("Seq Scan");
  }

  @Test
  void theOtherFiltersKeepTheirIndexes() {
    assertThat(explain("resource_type = 'song' AND resource_id = 'item-42'"))
        .containsAnyOf("audit_log_resource_at", "audit_log_resource_id_at").doesNotContain("Seq Scan");
    assertThat(explain("actor = 'user:7'")).contains("audit_log_actor_at").doesNotContain("Seq Scan");
  }
}
