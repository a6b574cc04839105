package dev.cadenza.adapters.cache;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistMembership;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.ReadSource;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.testing.contract.PlaylistStores;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Cached playlists are retired by their changes, members' lists by changes of their memberships, and
 * cached playlist pages and totals by every change of the playlist's entries and of the songs they
 * show, on both stores.
 */
class PlaylistCacheBehaviourTest {

  @Nested
  class InProcess extends Behaviour {
    InProcess() {
      super(CacheStores.IN_PROCESS);
    }
  }

  @Nested
  class OnRedis extends Behaviour {
    OnRedis() {
      super(CacheStores.REDIS);
    }
  }

  abstract static class Behaviour {
    final CacheStores.Fixture f;
    final PlaylistStores stores;
    final Clock clock = Clock.systemUTC();
    final UserId owner = new UserId(UUID.randomUUID());
    final Playlist playlist;

    Behaviour(CacheStores kind) {
      this.f = kind.fixture();
      this.stores = kind.playlistStores(f);
      this.playlist = Playlist.create(PlaylistId.generate(clock), owner,
          new PlaylistDetails("Mix", null, Visibility.PRIVATE), Instant.parse("2026-07-01T00:00:00Z"));
      stores.tx().inTransaction(() -> stores.playlists().add(playlist));
    }

    Song song(String title, int seconds) {
      Song s = aSong().id(SongId.generate(clock)).title(title).durationSeconds(seconds).build();
      stores.tx().inTransaction(() -> stores.songs().add(s));
      return s;
    }

    void append(Song... songs) {
      stores.tx().inTransaction(() -> {
        Playlist current = stores.playlists().findByIdForUpdate(playlist.id()).orElseThrow();
        Instant now = Instant.now();
        List<PlaylistEntry> added = new java.util.ArrayList<>();
        for (Song s : songs) {
          added.add(new PlaylistEntry(EntryId.generate(clock), playlist.id(), s.id(),
              current.entryCount() + added.size(), owner, now));
        }
        stores.entries().append(playlist.id(), current.entryCount(), added);
        stores.playlists().update(current.withEntriesAdded(added.size(), now));
        return added;
      });
    }

    Page<EntryView> page(int limit) {
      return stores.entries().findByPlaylist(playlist.id(), PageRequest.first(limit));
    }

    List<String> titles(Page<EntryView> page) {
      return page.items().stream().map(v -> v.song().title()).toList();
    }

    @Test
    void aPlaylistComesFromTheCacheUntilItChangesOrGoes() {
      Song a = song("A", 60);
      f.sources().clear();
      Playlist read = stores.playlists().findById(playlist.id()).orElseThrow();
      assertThat(stores.playlists().findById(playlist.id())).contains(read);
      assertThat(read.version()).isEqualTo(1);
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE, ReadSource.CACHE);

      append(a);
      f.sources().clear();
      Playlist changed = stores.playlists().findById(playlist.id()).orElseThrow();
      assertThat(changed.version()).isEqualTo(2);
      assertThat(changed.entryCount()).isEqualTo(1);
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE);

      stores.tx().inTransaction(() -> {
        stores.playlists().update(new Playlist(changed.id(), owner,
            new PlaylistDetails("Renamed", "now public", Visibility.PUBLIC), changed.entryCount(),
            changed.version() + 1, changed.createdAt(), Instant.now()));
        return null;
      });
      Playlist renamed = stores.playlists().findById(playlist.id()).orElseThrow();
      assertThat(renamed.details()).isEqualTo(new PlaylistDetails("Renamed", "now public", Visibility.PUBLIC));
      assertThat(renamed.version()).isEqualTo(3);
      assertThat(renamed).isEqualTo(stores.playlists().findById(playlist.id()).orElseThrow());

      stores.tx().inTransaction(() -> stores.playlists().remove(playlist.id()));
      assertThat(stores.playlists().findById(playlist.id())).isEmpty();
    }

    @Test
    void aMembersListIsCachedAsIdsAndShowsItsPlaylistsAsTheyAreNow() {
      UserId friend = new UserId(UUID.randomUUID());
      Function<UserId, List<PlaylistMembership>> listOf =
          u -> stores.playlists().findByMember(u, PageRequest.first(10)).items();
      f.sources().clear();
      for (int read = 0; read < 3; read++) {
        assertThat(listOf.apply(owner)).containsExactly(new PlaylistMembership(playlist, PlaylistRole.OWNER));
      }
      // the list from the database; then its ids from the cache, the playlist by id from the database
      // (the first list stored ids only); then both from the cache
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE, ReadSource.CACHE, ReadSource.DATABASE,
          ReadSource.CACHE, ReadSource.CACHE);

      append(song("A", 60));
      f.sources().clear();
      Playlist grown = listOf.apply(owner).get(0).playlist();
      assertThat(grown.entryCount()).isEqualTo(1);
      assertThat(grown.version()).isEqualTo(2);
      // the ids and roles still come from the cache; the changed playlist from the database
      assertThat(f.sources()).containsExactly(ReadSource.CACHE, ReadSource.DATABASE);

      assertThat(listOf.apply(friend)).isEmpty();
      stores.tx().inTransaction(() -> {
        stores.collaborators().add(new Collaborator(playlist.id(), friend, PlaylistRole.EDITOR, Instant.now()));
        return null;
      });
      f.sources().clear();
      assertThat(listOf.apply(friend)).containsExactly(new PlaylistMembership(grown, PlaylistRole.EDITOR));
      assertThat(listOf.apply(friend)).containsExactly(new PlaylistMembership(grown, PlaylistRole.EDITOR));
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE, ReadSource.CACHE, ReadSource.CACHE);

      // removing the playlist retires the owner's list; the friend's cached ids name a playlist that
      // is gone, so the friend's list is read from the database
      stores.tx().inTransaction(() -> stores.playlists().remove(playlist.id()));
      f.sources().clear();
      assertThat(listOf.apply(friend)).isEmpty();
      assertThat(listOf.apply(owner)).isEmpty();
      // the friend's ids from the cache, the missing playlist from the database, then the whole list
      // from the database (not counted here); the owner's list from the database
      assertThat(f.sources()).containsExactly(ReadSource.CACHE, ReadSource.DATABASE, ReadSource.DATABASE);
      f.sources().clear();
      assertThat(listOf.apply(friend)).isEmpty();
      assertThat(listOf.apply(friend)).isEmpty();
      // that read retired the friend's list: read again from the database, then from the cache
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE, ReadSource.CACHE);
    }

    @Test
    void aRepeatedPageComesFromTheCacheUntilAnEntryChanges() {
      Song a = song("A", 60);
      Song b = song("B", 30);
      append(a, b);
      f.sources().clear();

      Page<EntryView> first = page(10);
      Page<EntryView> again = page(10);
      assertThat(again).isEqualTo(first);
      assertThat(titles(again)).containsExactly("A", "B");
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE, ReadSource.CACHE);

      append(a);
      f.sources().clear();
      assertThat(titles(page(10))).containsExactly("A", "B", "A");
      assertThat(f.sources()).containsExactly(ReadSource.DATABASE);

      PlaylistEntry moved = page(10).items().get(2).entry();
      stores.tx().inTransaction(() -> {
        stores.entries().move(moved, 0);
        return null;
      });
      assertThat(titles(page(10))).containsExactly("A", "A", "B");

      PlaylistEntry last = page(10).items().get(2).entry();
      stores.tx().inTransaction(() -> {
        stores.entries().remove(last);
        return null;
      });
      assertThat(titles(page(10))).containsExactly("A", "A");
    }

    @Test
    void pagesOfOtherSizesAndCursorsAreTheirOwnEntries() {
      append(song("A", 1), song("B", 2), song("C", 3));

      Page<EntryView> one = page(1);
      Page<EntryView> two = page(2);
      Page<EntryView> next = stores.entries().findByPlaylist(playlist.id(),
          new PageRequest(2, one.next(), false));

      assertThat(titles(one)).containsExactly("A");
      assertThat(titles(two)).containsExactly("A", "B");
      assertThat(titles(next)).containsExactly("B", "C");
      assertThat(titles(stores.entries().findByPlaylist(playlist.id(), new PageRequest(2, one.next(), false))))
          .containsExactly("B", "C");
    }

    @Test
    void aSongChangeRetiresThePagesAndTotalsThatShowIt() {
      Song a = song("Before", 60);
      append(a, song("Other", 5));
      page(10);
      assertThat(stores.entries().totalDurations(List.of(playlist.id()))).containsEntry(playlist.id(), 65L);
      assertThat(stores.entries().totalDurations(List.of(playlist.id()))).containsEntry(playlist.id(), 65L);

      Song renamed = new Song(a.id(), aSong().title("After").durationSeconds(100).details(), a.version() + 1,
          a.createdAt(), Instant.parse("2026-07-02T00:00:00Z"));
      stores.tx().inTransaction(() -> {
        stores.songs().update(renamed);
        return null;
      });
      f.sources().clear();

      assertThat(titles(page(10))).containsExactly("After", "Other");
      assertThat(stores.entries().totalDurations(List.of(playlist.id()))).containsEntry(playlist.id(), 105L);
      assertThat(f.sources()).containsOnly(ReadSource.DATABASE);
    }

    @Test
    void totalsAreCachedPerPlaylistAndRetiredByItsEntries() {
      Playlist other = Playlist.create(PlaylistId.generate(clock), owner,
          new PlaylistDetails("Other", null, Visibility.PRIVATE), Instant.parse("2026-07-01T00:00:00Z"));
      stores.tx().inTransaction(() -> stores.playlists().add(other));
      append(song("A", 10));
      List<PlaylistId> both = List.of(playlist.id(), other.id());

      assertThat(stores.entries().totalDurations(both)).isEqualTo(Map.of(playlist.id(), 10L, other.id(), 0L));
      f.sources().clear();
      assertThat(stores.entries().totalDurations(both)).isEqualTo(Map.of(playlist.id(), 10L, other.id(), 0L));
      assertThat(f.sources()).containsExactly(ReadSource.CACHE);

      append(song("B", 5));
      assertThat(stores.entries().totalDurations(both)).isEqualTo(Map.of(playlist.id(), 15L, other.id(), 0L));
      assertThat(stores.entries().totalDurations(List.of())).isEmpty();
    }

    @Test
    void readsInsideATransactionDoNotTouchTheCache() {
      append(song("A", 10));
      page(10);
      page(10);
      long hits = f.metrics().hitCount();
      f.sources().clear();

      Page<EntryView> inside = stores.tx().inTransaction(() -> page(10));

      assertThat(titles(inside)).containsExactly("A");
      assertThat(f.metrics().hitCount()).isEqualTo(hits);
      assertThat(f.sources()).as("no cached read was made").isEmpty();
    }
  }
}
