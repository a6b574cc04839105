package dev.cadenza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.testing.contract.AbstractPlaylistStoresContract;
import dev.cadenza.testing.contract.PlaylistStores;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The playlists context's contract on PostgreSQL, and what only SQL can get wrong. */
class JdbiPlaylistStoresTest extends AbstractPlaylistStoresContract {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  static PlaylistStores stores(Jdbi jdbi) {
    return new PlaylistStores(new JdbiPlaylistRepository(jdbi), new JdbiPlaylistEntryRepository(jdbi),
        new JdbiCollaboratorRepository(jdbi), new JdbiPlaylistActivityLog(jdbi), new JdbiLibraryRepository(jdbi),
        new JdbiSongReferences(jdbi), new JdbiSongRepository(jdbi), new JdbiAlbumRepository(jdbi),
        new JdbiUserRepository(jdbi),
        new JdbiTransactionRunner(jdbi));
  }

  @Override
  protected PlaylistStores newStores() {
    DB.truncateAll();
    return stores(DB.jdbi());
  }

  private PlaylistEntry entry(Playlist p, Song s, int position, UserId by) {
    return new PlaylistEntry(EntryId.generate(Clock.systemUTC()), p.id(), s.id(), position, by,
        Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void aSongWithEntriesCannotBeDeletedBehindTheServicesBack() {
    UserId owner = user();
    Song s = song("Referenced", 1);
    Playlist p = playlist(owner, "P", Visibility.PRIVATE);
    tx.inTransaction(() -> entries.insert(p.id(), 0, List.of(entry(p, s, 0, owner))));

    assertThatThrownBy(() -> tx.inTransaction(() -> stores.songs().remove(s.id())))
        .hasMessageContaining("playlist_entries_song_fk");
    assertThat(stores.songs().findById(s.id())).isPresent();
  }

  @Test
  void positionsStayUniqueWhateverOrderTheShiftedRowsAreIn() {
    UserId owner = user();
    Playlist p = playlist(owner, "Dense", Visibility.PRIVATE);
    Song s = song("S", 1);
    for (int i = 0; i < 30; i++) {
      int at = i / 2;
      tx.inTransaction(() -> entries.insert(p.id(), at, List.of(entry(p, s, at, owner))));
    }

    List<Integer> positions = DB.jdbi().withHandle(h -> h.createQuery(
            "SELECT position FROM playlist_entries WHERE playlist_id = :p ORDER BY position")
        .bind("p", p.id().value()).mapTo(Integer.class).list());
    assertThat(positions).hasSize(30).doesNotHaveDuplicates().startsWith(0).endsWith(29);
  }

  @Test
  void songReferencesTakeEachIdOnce() {
    Song s = song("Once", 1);

    assertThat(tx.inTransaction(() -> stores.songReferences().findForReference(List.of(s.id(), s.id()))))
        .containsOnlyKeys(s.id());
    assertThat(stores.songReferences().findForReference(List.of())).isEmpty();
  }
}
