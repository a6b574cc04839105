package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistMembership;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The benchmark's playlist reads (a page of 100 entries deep in a 5,000-entry playlist, a caller's
 * list of 200 playlists) are index range scans with no sort, among many other users' playlists.
 */
class PlaylistQueryPlanTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  private static final UUID BIG = UUID.fromString("0190aaaa-0000-7000-8000-000000000001");
  private static final UUID CALLER = UUID.fromString("0190aaaa-0000-7000-8000-0000000000aa");

  @BeforeAll
  static void fill() {
    DB.jdbi().useHandle(h -> {
      h.execute("INSERT INTO users (" + UserRow.COLUMNS + ") SELECT CASE WHEN n = 1 THEN '" + CALLER + "'::uuid"
          + " ELSE gen_random_uuid() END, 'user-' || n, 'Name', NULL, NULL, 'hash', 'active', ARRAY['user'], 1, now(),"
          + " now() FROM generate_series(1, 2000) AS n");
      h.execute("INSERT INTO songs (" + SongRow.COLUMNS + ") SELECT gen_random_uuid(), 'Song ' || n, 'song ' || n,"
          + " 'P', 'p', 'G', 'g', 2000, 200, NULL, 1, now(), now() FROM generate_series(1, 5000) AS n");
      h.execute("INSERT INTO playlists (" + PlaylistRow.COLUMNS + ") SELECT gen_random_uuid(), u.id, 'P', NULL,"
          + " 'public', 0, 1, now(), now() FROM users u, generate_series(1, 20)");
      h.execute("INSERT INTO playlists (" + PlaylistRow.COLUMNS + ") SELECT gen_random_uuid(), '" + CALLER + "',"
          + " 'Mine ' || n, NULL, 'private', 0, 1, now(), now() FROM generate_series(1, 180) AS n");
      h.execute("INSERT INTO playlists (" + PlaylistRow.COLUMNS + ") VALUES ('" + BIG + "', '" + CALLER + "', 'Big',"
          + " NULL, 'private', 5000, 1, now(), now())");
      h.execute("INSERT INTO playlist_entries (" + PlaylistEntryRow.COLUMNS + ") SELECT gen_random_uuid(), '" + BIG
          + "', row_number() OVER () - 1, s.id, '" + CALLER + "', now() FROM songs s");
      h.execute("INSERT INTO playlist_entries (" + PlaylistEntryRow.COLUMNS + ") SELECT gen_random_uuid(), p.id, 0,"
          + " (SELECT id FROM songs LIMIT 1), p.owner_id, now() FROM playlists p WHERE p.id <> '" + BIG + "'");
      h.execute("INSERT INTO playlist_collaborators (" + CollaboratorRow.COLUMNS + ") SELECT p.id, '" + CALLER + "',"
          + " 'viewer', now() FROM playlists p WHERE p.owner_id <> '" + CALLER + "' LIMIT 19");
      h.execute("INSERT INTO playlist_collaborators (" + CollaboratorRow.COLUMNS + ") SELECT p.id, u.id, 'editor', now()"
          + " FROM (SELECT id, owner_id, row_number() OVER () AS rn FROM playlists) p"
          + " JOIN (SELECT id, row_number() OVER () AS rn FROM users WHERE id <> '" + CALLER + "') u"
          + " ON u.rn = p.rn % 1999 + 1 WHERE u.id <> p.owner_id ON CONFLICT DO NOTHING");
      h.execute("ANALYZE users, songs, playlists, playlist_entries, playlist_collaborators");
    });
  }

  private static String explain(String sql) {
    List<String> lines = DB.jdbi().withHandle(h -> h.createQuery("EXPLAIN " + sql).mapTo(String.class).list());
    return String.join("\n", lines);
  }

  private static String entriesPage(int after) {
    return explain("SELECT " + PlaylistEntryRow.VIEW_COLUMNS + PlaylistEntryRow.VIEW_FROM + " WHERE e.playlist_id = '"
        + BIG + "' AND e.position > " + after + " ORDER BY e.position LIMIT 101");
  }

  @Test
  void pagesOfEntriesAreIndexRangeScans() {
    for (int after : new int[] {-1, 2500}) {
      assertThat(entriesPage(after)).as("after %s", after).contains("Index Scan using playlist_entries_position_unique")
          .doesNotContain("Sort").doesNotContain("Seq Scan");
    }
    // near the end the planner may fetch the few rows left by bitmap and sort them; still no scan of the table
    assertThat(entriesPage(4800)).contains("playlist_entries_position_unique").doesNotContain("Seq Scan");
    Page<EntryView> page = new JdbiPlaylistEntryRepository(DB.jdbi()).findByPlaylist(new PlaylistId(BIG),
        PageRequest.first(100).after(Cursor.of("position", "4799")));
    assertThat(page.items()).hasSize(100);
    assertThat(page.items().get(0).entry().position()).isEqualTo(4800);
    assertThat(page.next()).isPresent();
  }

  @Test
  void aCallersPlaylistsComeFromTheOwnerAndCollaboratorIndexes() {
    String plan = explain("SELECT * FROM ((SELECT " + PlaylistRow.columns("p") + ", 'owner' AS role FROM playlists p"
        + " WHERE p.owner_id = '" + CALLER + "' ORDER BY p.id DESC LIMIT 21) UNION ALL (SELECT "
        + PlaylistRow.columns("p") + ", c.role FROM playlist_collaborators c JOIN playlists p ON p.id = c.playlist_id"
        + " WHERE c.user_id = '" + CALLER + "' ORDER BY c.playlist_id DESC LIMIT 21)) m ORDER BY id DESC LIMIT 21");

    assertThat(plan).contains("playlists_owner_order").contains("playlist_collaborators_user")
        .doesNotContain("Seq Scan on playlists");
    List<PlaylistMembership> all = new ArrayList<>();
    PageRequest request = PageRequest.first(100);
    JdbiPlaylistRepository repository = new JdbiPlaylistRepository(DB.jdbi());
    while (true) {
      Page<PlaylistMembership> page = repository.findByMember(new UserId(CALLER), request);
      all.addAll(page.items());
      if (page.next().isEmpty()) {
        break;
      }
      request = request.after(page.next().get());
    }
    long expected = DB.jdbi().withHandle(h -> h.createQuery("SELECT (SELECT count(*) FROM playlists WHERE owner_id = '"
        + CALLER + "') + (SELECT count(*) FROM playlist_collaborators WHERE user_id = '" + CALLER + "')")
        .mapTo(Long.class).one());
    assertThat(all).hasSize((int) expected).hasSizeGreaterThan(200);
    assertThat(all.stream().map(m -> m.playlist().id())).doesNotHaveDuplicates();
  }
}
