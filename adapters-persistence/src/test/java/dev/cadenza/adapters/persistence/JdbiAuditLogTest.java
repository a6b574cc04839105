package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.AuditQuery;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.testing.contract.AbstractAuditLogContract;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiAuditLogTest extends AbstractAuditLogContract {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  @Override
  protected AuditStores newStores() {
    DB.truncateAll();
    Jdbi jdbi = DB.jdbi();
    return new AuditStores(new JdbiAuditLog(jdbi), new JdbiTransactionRunner(jdbi));
  }

  @Test
  void aPurgeDeletesTheEntriesBeforeTheCutoffInBatchesAndKeepsTheRest() {
    DB.truncateAll();
    JdbiAuditLog audit = new JdbiAuditLog(DB.jdbi());
    Instant cutoff = Instant.parse("2026-01-01T00:00:00Z");
    int old = JdbiAuditLog.PURGE_BATCH + 3;
    DB.jdbi().useHandle(h -> h.createUpdate("INSERT INTO audit_log (id, at, actor, action, resource_type, resource_id,"
            + " before, after) SELECT gen_random_uuid(), :cutoff - make_interval(secs => n), 'seed', 'song.created',"
            + " 'song', n::text, '{}'::jsonb, '{}'::jsonb FROM generate_series(1, :old) AS n")
        .bind("cutoff", cutoff.atOffset(ZoneOffset.UTC)).bind("old", old).execute());
    AuditEntry atTheCutoff = entry(cutoff, "kept-1");
    AuditEntry after = entry(cutoff.plusSeconds(3600), "kept-2");
    audit.record(atTheCutoff);
    audit.record(after);

    assertThat(audit.purgeBefore(cutoff)).isEqualTo(old);

    List<AuditEntry> left = audit.find(AuditQuery.all(), PageRequest.first(100)).items();
    assertThat(left).containsExactly(after, atTheCutoff);
    assertThat(audit.purgeBefore(cutoff)).as("nothing more to delete").isZero();
  }

  private static AuditEntry entry(Instant at, String resourceId) {
    return new AuditEntry(UUID.randomUUID(), at, "admin", "song.updated", "song", resourceId, Map.of("title", "a"),
        Map.of("title", "b"));
  }
}
