package dev.cadenza.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.AuditQuery;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.Uuids;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do. */
public abstract class AbstractAuditLogContract {

  /** An empty audit log and the transaction runner its adapter uses. */
  public record AuditStores(AuditLog log, TransactionRunner tx) {
  }

  protected abstract AuditStores newStores();

  private AuditLog log;
  private TransactionRunner tx;
  private final MutableClock clock = MutableClock.startingAt("2026-06-01T10:00:00Z");

  @BeforeEach
  void freshStores() {
    AuditStores stores = newStores();
    log = stores.log();
    tx = stores.tx();
  }

  private AuditEntry record(String actor, String type, String id, Map<String, Object> before, Map<String, Object> after) {
    clock.advance(Duration.ofSeconds(1));
    AuditEntry e = new AuditEntry(Uuids.v7(clock), clock.instant(), actor, type + ".update", type, id, before, after);
    tx.inTransaction(() -> log.record(e));
    return e;
  }

  private List<UUID> ids(AuditQuery q, int pageSize) {
    List<UUID> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(pageSize);
    while (true) {
      Page<AuditEntry> page = log.find(q, request);
      page.items().forEach(e -> seen.add(e.id()));
      if (page.next().isEmpty()) {
        return seen;
      }
      request = request.after(page.next().get());
    }
  }

  @Test
  void keepsEveryFieldIncludingNestedNullsAndNumbers() {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("title", "Old");
    before.put("durationSeconds", null);
    before.put("year", 1999);
    before.put("explicit", false);
    Map<String, Object> after = Map.of("title", "New", "year", 2000);

    AuditEntry e = record("user-1", "song", "s-1", before, after);

    AuditEntry found = log.find(AuditQuery.all(), PageRequest.first(10)).items().get(0);
    assertThat(found.id()).isEqualTo(e.id());
    assertThat(found.at()).isEqualTo(e.at());
    assertThat(found.actor()).isEqualTo("user-1");
    assertThat(found.action()).isEqualTo("song.update");
    assertThat(found.resourceType()).isEqualTo("song");
    assertThat(found.resourceId()).isEqualTo("s-1");
    assertThat(found.before()).containsEntry("title", "Old").containsEntry("durationSeconds", null)
        .containsEntry("explicit", false).hasSize(4);
    assertThat(((Number) found.before().get("year")).intValue()).isEqualTo(1999);
    assertThat(found.after()).containsEntry("title", "New").hasSize(2);
  }

  @Test
  void listsNewestFirstAcrossPages() {
    List<UUID> recorded = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      recorded.add(record("a", "song", "s" + i, Map.of(), Map.of("i", i)).id());
    }
    List<UUID> newestFirst = new ArrayList<>(recorded);
    java.util.Collections.reverse(newestFirst);

    assertThat(ids(AuditQuery.all(), 3)).containsExactlyElementsOf(newestFirst);
    assertThat(log.find(AuditQuery.all(), new PageRequest(2, Optional.empty(), true)).total()).hasValue(7);
  }

  @Test
  void filtersByActorResourceAndTime() {
    AuditEntry first = record("alice", "song", "s1", Map.of(), Map.of());
    AuditEntry second = record("bob", "song", "s1", Map.of(), Map.of());
    AuditEntry third = record("alice", "album", "a1", Map.of(), Map.of());

    assertThat(ids(new AuditQuery("alice", null, null, null), 10)).containsExactly(third.id(), first.id());
    assertThat(ids(new AuditQuery(null, "song", "s1", null), 10)).containsExactly(second.id(), first.id());
    assertThat(ids(new AuditQuery(null, null, null, second.at()), 10)).containsExactly(third.id(), second.id());
    assertThat(ids(new AuditQuery("carol", null, null, null), 10)).isEmpty();
    assertThat(ids(new AuditQuery(null, null, null, Instant.parse("2030-01-01T00:00:00Z")), 10)).isEmpty();
  }

  @Test
  void countsWhatEveryFilterMatchesOnlyWhenAsked() {
    AuditEntry first = record("alice", "song", "s1", Map.of(), Map.of());
    AuditEntry second = record("bob", "song", "s1", Map.of(), Map.of());
    record("alice", "album", "a1", Map.of(), Map.of());
    record("alice", "song", "s2", Map.of(), Map.of());
    record("alice", "song", "s1", Map.of(), Map.of());

    assertThat(total(AuditQuery.all())).isEqualTo(5);
    assertThat(total(new AuditQuery("alice", null, null, null))).isEqualTo(4);
    assertThat(total(new AuditQuery(null, "song", null, null))).isEqualTo(4);
    assertThat(total(new AuditQuery(null, "song", "s1", null))).isEqualTo(3);
    assertThat(total(new AuditQuery("alice", "song", "s1", null))).isEqualTo(2);
    assertThat(total(new AuditQuery(null, null, null, second.at()))).isEqualTo(4);
    assertThat(total(new AuditQuery("alice", "song", null, second.at()))).isEqualTo(2);
    assertThat(total(new AuditQuery("carol", null, null, null))).isZero();

    // The total counts every match, not what is left after the cursor, and only when asked for.
    AuditQuery alice = new AuditQuery("alice", null, null, first.at());
    PageRequest withTotal = new PageRequest(1, Optional.empty(), true);
    Page<AuditEntry> page = log.find(alice, withTotal);
    assertThat(page.total()).hasValue(4);
    assertThat(log.find(alice, withTotal.after(page.next().orElseThrow())).total()).hasValue(4);
    assertThat(log.find(alice, PageRequest.first(1)).total()).isEmpty();
  }

  /** The total of {@code q}, which must also be the number of entries its pages show. */
  private long total(AuditQuery q) {
    long total = log.find(q, new PageRequest(2, Optional.empty(), true)).total().orElseThrow();
    assertThat(ids(q, 2)).hasSize((int) total);
    return total;
  }
}
