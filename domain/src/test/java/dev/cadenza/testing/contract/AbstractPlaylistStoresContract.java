package dev.cadenza.testing.contract;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.LibrarySong;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistMembership;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.InvalidCursorException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Uuids;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of the playlists context's ports must do: playlists, entries with dense
 * positions, collaborators, the activity log, libraries and song references. An adapter's test
 * extends this class and returns fresh, empty stores from {@link #newStores()}.
 */
public abstract class AbstractPlaylistStoresContract {

  protected PlaylistRepository playlists;
  protected PlaylistEntryRepository entries;
  protected CollaboratorRepository collaborators;
  protected PlaylistActivityLog activity;
  protected LibraryRepository library;
  protected PlaylistStores stores;
  protected TransactionRunner tx;
  private final MutableClock clock = MutableClock.startingAt("2026-04-01T10:00:00.123456Z");

  /** Empty storage for one test. */
  protected abstract PlaylistStores newStores();

  @BeforeEach
  void freshStores() {
    stores = newStores();
    playlists = stores.playlists();
    entries = stores.entries();
    collaborators = stores.collaborators();
    activity = stores.activity();
    library = stores.library();
    tx = stores.tx();
  }

  // ------------------------------------------------------------------------------------------ helpers

  private Instant tick() {
    clock.advance(Duration.ofMillis(1));
    return clock.instant();
  }

  protected UserId user() {
    var u = aUser().build();
    tx.inTransaction(() -> stores.users().add(u));
    return u.id();
  }

  protected Song song(String title, Integer duration) {
    Song s = aSong().id(SongId.generate(clock)).title(title).durationSeconds(duration).build();
    tx.inTransaction(() -> stores.songs().add(s));
    return s;
  }

  protected Playlist playlist(UserId owner, String name, Visibility visibility) {
    Playlist p = Playlist.create(PlaylistId.generate(clock), owner, new PlaylistDetails(name, null, visibility), tick());
    tx.inTransaction(() -> playlists.add(p));
    return p;
  }

  /** Appends the songs to the playlist and stores the count; returns the new entries. */
  private List<PlaylistEntry> append(Playlist p, UserId by, Song... songs) {
    return insertAt(p.id(), null, by, songs);
  }

  /** The same through {@link PlaylistEntryRepository#append}, as the service adds at the end. */
  private List<PlaylistEntry> appendAtTheEnd(Playlist p, UserId by, Song... songs) {
    return add(p.id(), null, true, by, songs);
  }

  private List<PlaylistEntry> insertAt(PlaylistId id, Integer position, UserId by, Song... songs) {
    return add(id, position, false, by, songs);
  }

  private List<PlaylistEntry> add(PlaylistId id, Integer position, boolean viaAppend, UserId by, Song... songs) {
    return tx.inTransaction(() -> {
      Playlist current = playlists.findByIdForUpdate(id).orElseThrow();
      int at = position == null ? current.entryCount() : position;
      Instant now = tick();
      List<PlaylistEntry> added = new ArrayList<>();
      for (Song s : songs) {
        added.add(new PlaylistEntry(EntryId.generate(clock), id, s.id(), at + added.size(), by, now));
      }
      if (viaAppend) {
        entries.append(id, at, added);
      } else {
        entries.insert(id, at, added);
      }
      playlists.update(current.withEntriesAdded(added.size(), now));
      return added;
    });
  }

  private List<String> titles(PlaylistId id) {
    return all(page -> entries.findByPlaylist(id, page), 2).stream().map(v -> v.song().title()).toList();
  }

  private List<Integer> positions(PlaylistId id) {
    return all(page -> entries.findByPlaylist(id, page), 3).stream().map(v -> v.entry().position()).toList();
  }

  private static <T> List<T> all(Function<PageRequest, Page<T>> list, int pageSize) {
    List<T> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(pageSize);
    for (int guard = 0; guard < 1000; guard++) {
      Page<T> page = list.apply(request);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize);
      seen.addAll(page.items());
      if (page.next().isEmpty()) {
        return seen;
      }
      request = request.after(page.next().get());
    }
    throw new AssertionError("pagination does not end");
  }

  // ------------------------------------------------------------------------------------------ playlists

  @Test
  void storesAndFindsAPlaylistWithEveryField() {
    UserId owner = user();
    Playlist p = new Playlist(PlaylistId.generate(clock), owner,
        new PlaylistDetails("Road trip", "Songs for the A7", Visibility.PUBLIC), 0, 1,
        Instant.parse("2026-03-04T05:06:07.654321Z"), Instant.parse("2026-03-04T05:06:07.654321Z"));
    tx.inTransaction(() -> playlists.add(p));

    assertThat(playlists.findById(p.id())).contains(p);
    assertThat(tx.inTransaction(() -> playlists.findByIdForUpdate(p.id()))).contains(p);
    assertThat(playlists.findById(PlaylistId.generate(clock))).isEmpty();
    assertThat(tx.inTransaction(() -> playlists.findByIdForUpdate(PlaylistId.generate(clock)))).isEmpty();
  }

  @Test
  void updateStoresTheNextVersionAndRefusesAStaleOne() {
    Playlist p = playlist(user(), "Before", Visibility.PRIVATE);
    Playlist next = p.revise(new dev.cadenza.domain.playlists.model.PlaylistChanges(
        dev.cadenza.domain.shared.model.Change.to("After"), dev.cadenza.domain.shared.model.Change.to("Described"),
        dev.cadenza.domain.shared.model.Change.to(Visibility.PUBLIC)), tick());

    tx.inTransaction(() -> playlists.update(next));

    assertThat(playlists.findById(p.id())).contains(next);
    assertThatThrownBy(() -> tx.inTransaction(() -> playlists.update(next)))
        .isInstanceOf(ConcurrentModificationException.class);
    assertThat(playlists.findById(p.id())).contains(next);
  }

  @Test
  void updateStoresAVersionSeveralChangesLaterOverTheStoredOne() {
    Playlist p = playlist(user(), "Several", Visibility.PRIVATE);
    Playlist later = p.withEntriesAdded(0, tick()).withCollaboratorsChanged(tick()).withCollaboratorsChanged(tick());

    tx.inTransaction(() -> playlists.update(later, p.version()));

    assertThat(later.version()).isEqualTo(p.version() + 3);
    assertThat(playlists.findById(p.id())).contains(later);
    Playlist fromStale = p.withCollaboratorsChanged(tick()).withCollaboratorsChanged(tick());
    assertThatThrownBy(() -> tx.inTransaction(() -> playlists.update(fromStale, p.version())))
        .isInstanceOf(ConcurrentModificationException.class);
    assertThatThrownBy(() -> tx.inTransaction(() -> playlists.update(later, later.version())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(playlists.findById(p.id())).contains(later);
  }

  @Test
  void removeTakesEntriesCollaboratorsAndHistoryAlong() {
    UserId owner = user();
    UserId friend = user();
    Playlist p = playlist(owner, "Gone soon", Visibility.PRIVATE);
    Playlist kept = playlist(owner, "Kept", Visibility.PRIVATE);
    Song s = song("Song", 100);
    append(p, owner, s);
    append(kept, owner, s);
    tx.inTransaction(() -> collaborators.add(new Collaborator(p.id(), friend, PlaylistRole.EDITOR, tick())));
    tx.inTransaction(() -> activity.record(row(p.id(), PlaylistAction.CREATE, null)));

    assertThat(tx.inTransaction(() -> playlists.remove(p.id()))).isTrue();
    assertThat(tx.inTransaction(() -> playlists.remove(p.id()))).isFalse();

    assertThat(playlists.findById(p.id())).isEmpty();
    assertThat(entries.findByPlaylist(p.id(), PageRequest.first(10)).items()).isEmpty();
    assertThat(collaborators.find(p.id(), friend)).isEmpty();
    assertThat(activity.findByPlaylist(p.id(), PageRequest.first(10)).items()).isEmpty();
    assertThat(titles(kept.id())).containsExactly("Song");
    assertThat(entries.findPlaylistsWithSong(s.id())).containsExactly(kept.id());
  }

  @Test
  void membersSeeOwnedAndCollaboratingPlaylistsWithTheirRoleNewestFirst() {
    UserId me = user();
    UserId other = user();
    Playlist mine1 = playlist(me, "Mine 1", Visibility.PRIVATE);
    Playlist theirs = playlist(other, "Theirs, I edit", Visibility.PRIVATE);
    playlist(other, "Theirs, not mine", Visibility.PUBLIC);
    Playlist mine2 = playlist(me, "Mine 2", Visibility.PUBLIC);
    Playlist viewing = playlist(other, "Theirs, I view", Visibility.PRIVATE);
    tx.inTransaction(() -> {
      collaborators.add(new Collaborator(theirs.id(), me, PlaylistRole.EDITOR, tick()));
      collaborators.add(new Collaborator(viewing.id(), me, PlaylistRole.VIEWER, tick()));
    });

    List<PlaylistMembership> seen = all(page -> playlists.findByMember(me, page), 2);

    assertThat(seen).extracting(m -> m.playlist().id())
        .containsExactly(viewing.id(), mine2.id(), theirs.id(), mine1.id());
    assertThat(seen).extracting(PlaylistMembership::role)
        .containsExactly(PlaylistRole.VIEWER, PlaylistRole.OWNER, PlaylistRole.EDITOR, PlaylistRole.OWNER);
    assertThat(playlists.findByMember(user(), PageRequest.first(5)).items()).isEmpty();
    assertThat(playlists.countByOwner(me)).isEqualTo(2);
    assertThat(playlists.countByOwner(other)).isEqualTo(3);
  }

  @Test
  void findsManyPlaylistsByIdLeavingOutUnknownOnes() {
    UserId owner = user();
    Playlist a = playlist(owner, "A", Visibility.PRIVATE);
    Playlist b = playlist(user(), "B", Visibility.PUBLIC);
    PlaylistId unknown = PlaylistId.generate(clock);
    assertThat(playlists.findById(a.id())).contains(a);

    assertThat(playlists.findAllById(List.of(a.id(), unknown, b.id(), a.id())))
        .containsOnly(Map.entry(a.id(), a), Map.entry(b.id(), b));
    assertThat(playlists.findAllById(List.of())).isEmpty();
  }

  @Test
  void membershipListsFollowEveryChangeOfTheirPlaylistsAndCollaborators() {
    UserId me = user();
    UserId friend = user();
    Function<UserId, List<PlaylistMembership>> listOf = u -> playlists.findByMember(u, PageRequest.first(10)).items();
    Playlist first = playlist(me, "First", Visibility.PRIVATE);
    assertThat(listOf.apply(me)).containsExactly(new PlaylistMembership(first, PlaylistRole.OWNER));
    assertThat(listOf.apply(friend)).isEmpty();

    Playlist second = playlist(me, "Second", Visibility.PUBLIC);
    assertThat(listOf.apply(me)).extracting(m -> m.playlist().id()).containsExactly(second.id(), first.id());

    append(first, me, song("Song", 90));
    Playlist grown = playlists.findById(first.id()).orElseThrow();
    assertThat(grown.version()).isGreaterThan(first.version());
    assertThat(listOf.apply(me).get(1)).isEqualTo(new PlaylistMembership(grown, PlaylistRole.OWNER));

    Collaborator joined = new Collaborator(first.id(), friend, PlaylistRole.VIEWER, tick());
    tx.inTransaction(() -> collaborators.add(joined));
    assertThat(listOf.apply(friend)).containsExactly(new PlaylistMembership(grown, PlaylistRole.VIEWER));
    tx.inTransaction(() -> collaborators.update(joined.withRole(PlaylistRole.EDITOR)));
    assertThat(listOf.apply(friend)).containsExactly(new PlaylistMembership(grown, PlaylistRole.EDITOR));
    tx.inTransaction(() -> collaborators.remove(first.id(), friend));
    assertThat(listOf.apply(friend)).isEmpty();

    tx.inTransaction(() -> collaborators.add(joined));
    assertThat(listOf.apply(friend)).hasSize(1);
    tx.inTransaction(() -> playlists.remove(first.id()));
    assertThat(listOf.apply(friend)).isEmpty();
    assertThat(listOf.apply(me)).containsExactly(new PlaylistMembership(second, PlaylistRole.OWNER));
    PageRequest withTotal = new PageRequest(10, Optional.empty(), true);
    assertThat(playlists.findByMember(me, withTotal).total()).hasValue(1);
  }

  @Test
  void publicPlaylistsOfAnOwnerNewestFirst() {
    UserId owner = user();
    Playlist a = playlist(owner, "A", Visibility.PUBLIC);
    playlist(owner, "Secret", Visibility.PRIVATE);
    Playlist b = playlist(owner, "B", Visibility.PUBLIC);
    playlist(user(), "Someone else's", Visibility.PUBLIC);
    Playlist c = playlist(owner, "C", Visibility.PUBLIC);

    assertThat(all(page -> playlists.findPublicByOwner(owner, page), 2)).extracting(Playlist::id)
        .containsExactly(c.id(), b.id(), a.id());
    Page<Playlist> first = playlists.findPublicByOwner(owner, new PageRequest(2, Optional.empty(), true));
    assertThat(first.total()).hasValue(3);
  }

  @Test
  void cursorsOfOtherListingsAreRefused() {
    UserId owner = user();
    Playlist p = playlist(owner, "A", Visibility.PUBLIC);
    PageRequest foreign = PageRequest.first(5).after(Cursor.of("title", "x", p.id().toString()));

    assertThatThrownBy(() -> playlists.findByMember(owner, foreign)).isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> playlists.findPublicByOwner(owner, foreign)).isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> entries.findByPlaylist(p.id(), foreign)).isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> collaborators.findByPlaylist(p.id(), foreign)).isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> activity.findByPlaylist(p.id(), foreign)).isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> library.findByUser(owner, null, foreign)).isInstanceOf(InvalidCursorException.class);
    PageRequest garbled = PageRequest.first(5).after(Cursor.of("position", "not-a-number"));
    assertThatThrownBy(() -> entries.findByPlaylist(p.id(), garbled)).isInstanceOf(InvalidCursorException.class);
  }

  // ------------------------------------------------------------------------------------------ entries

  @Test
  void insertsAtTheEndAndInTheMiddleKeepingPositionsDense() {
    UserId owner = user();
    Playlist p = playlist(owner, "Mix", Visibility.PRIVATE);
    Song a = song("A", 60);
    Song b = song("B", null);
    Song c = song("C", 30);

    append(p, owner, a, c);
    insertAt(p.id(), 1, owner, b, b);
    insertAt(p.id(), 0, owner, c);

    assertThat(titles(p.id())).containsExactly("C", "A", "B", "B", "C");
    assertThat(positions(p.id())).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void appendsAfterTheLastEntryBesideInsertsAndKeepsPositionsDense() {
    UserId owner = user();
    Playlist p = playlist(owner, "Mix", Visibility.PRIVATE);
    Song a = song("A", 60);
    Song b = song("B", null);
    Song c = song("C", 30);
    append(p, owner, a);

    appendAtTheEnd(p, owner, b, c);
    insertAt(p.id(), 1, owner, c);

    assertThat(titles(p.id())).containsExactly("A", "C", "B", "C");
    assertThat(positions(p.id())).containsExactly(0, 1, 2, 3);
  }

  @Test
  void findsAnEntryWithItsSong() {
    UserId owner = user();
    Playlist p = playlist(owner, "Mix", Visibility.PRIVATE);
    Song a = song("A", 60);
    Song b = song("B", null);
    List<PlaylistEntry> added = append(p, owner, a, b);

    EntryView found = entries.find(p.id(), added.get(1).id()).orElseThrow();

    assertThat(found.entry()).isEqualTo(added.get(1));
    assertThat(found.song()).isEqualTo(new SongSummary(b.id(), "B", b.details().performer(), null));
    assertThat(entries.find(p.id(), EntryId.generate(clock))).isEmpty();
    assertThat(entries.find(playlist(owner, "Other", Visibility.PRIVATE).id(), added.get(0).id())).isEmpty();
  }

  @Test
  void removeClosesTheGap() {
    UserId owner = user();
    Playlist p = playlist(owner, "Mix", Visibility.PRIVATE);
    List<PlaylistEntry> added = append(p, owner, song("A", 1), song("B", 1), song("C", 1), song("D", 1));

    tx.inTransaction(() -> entries.remove(entries.find(p.id(), added.get(1).id()).orElseThrow().entry()));

    assertThat(titles(p.id())).containsExactly("A", "C", "D");
    assertThat(positions(p.id())).containsExactly(0, 1, 2);
  }

  @Test
  void moveShiftsTheEntriesInBetweenBothWays() {
    UserId owner = user();
    Playlist p = playlist(owner, "Mix", Visibility.PRIVATE);
    List<PlaylistEntry> added = append(p, owner, song("A", 1), song("B", 1), song("C", 1), song("D", 1),
        song("E", 1));

    tx.inTransaction(() -> entries.move(entries.find(p.id(), added.get(0).id()).orElseThrow().entry(), 3));
    assertThat(titles(p.id())).containsExactly("B", "C", "D", "A", "E");

    tx.inTransaction(() -> entries.move(entries.find(p.id(), added.get(4).id()).orElseThrow().entry(), 1));
    assertThat(titles(p.id())).containsExactly("B", "E", "C", "D", "A");

    tx.inTransaction(() -> entries.move(entries.find(p.id(), added.get(2).id()).orElseThrow().entry(), 2));
    assertThat(titles(p.id())).containsExactly("B", "E", "C", "D", "A");
    assertThat(positions(p.id())).containsExactly(0, 1, 2, 3, 4);
    assertThat(entries.find(p.id(), added.get(0).id()).orElseThrow().entry().position()).isEqualTo(4);
  }

  @Test
  void removeSongTakesEveryEntryOfItFromThatPlaylistOnly() {
    UserId owner = user();
    Playlist p = playlist(owner, "Mix", Visibility.PRIVATE);
    Playlist other = playlist(owner, "Other", Visibility.PRIVATE);
    Song gone = song("Gone", 10);
    Song a = song("A", 1);
    Song b = song("B", 1);
    List<PlaylistEntry> added = append(p, owner, gone, a, gone, b, gone);
    append(other, owner, gone);

    List<PlaylistEntry> removed = tx.inTransaction(() -> entries.removeSong(p.id(), gone.id()));

    assertThat(removed).extracting(PlaylistEntry::id)
        .containsExactly(added.get(0).id(), added.get(2).id(), added.get(4).id());
    assertThat(removed).extracting(PlaylistEntry::position).containsExactly(0, 2, 4);
    assertThat(titles(p.id())).containsExactly("A", "B");
    assertThat(positions(p.id())).containsExactly(0, 1);
    assertThat(titles(other.id())).containsExactly("Gone");
    assertThat(entries.findPlaylistsWithSong(gone.id())).containsExactly(other.id());
  }

  @Test
  void findsThePlaylistsOfASongInIdOrder() {
    UserId owner = user();
    Song s = song("S", 1);
    Playlist first = playlist(owner, "1", Visibility.PRIVATE);
    Playlist second = playlist(owner, "2", Visibility.PRIVATE);
    playlist(owner, "3", Visibility.PRIVATE);
    append(second, owner, s, s);
    append(first, owner, s);

    assertThat(entries.findPlaylistsWithSong(s.id())).containsExactly(first.id(), second.id());
    assertThat(entries.findPlaylistsWithSong(song("Unused", 1).id())).isEmpty();
  }

  @Test
  void pagesThroughEntriesInPositionOrderWithATotal() {
    UserId owner = user();
    Playlist p = playlist(owner, "Long", Visibility.PRIVATE);
    Song[] songs = new Song[7];
    for (int i = 0; i < songs.length; i++) {
      songs[i] = song("S" + i, i);
    }
    append(p, owner, songs);

    assertThat(titles(p.id())).containsExactly("S0", "S1", "S2", "S3", "S4", "S5", "S6");
    Page<EntryView> first = entries.findByPlaylist(p.id(), new PageRequest(3, Optional.empty(), true));
    assertThat(first.total()).hasValue(7);
    assertThat(first.items()).extracting(v -> v.entry().addedBy()).containsOnly(owner);
  }

  @Test
  void totalDurationsCountUnknownDurationsAsZeroAndCoverEveryId() {
    UserId owner = user();
    Playlist p = playlist(owner, "Mix", Visibility.PRIVATE);
    Playlist empty = playlist(owner, "Empty", Visibility.PRIVATE);
    Song a = song("A", 60);
    append(p, owner, a, song("B", null), a, song("C", 5));

    Map<PlaylistId, Long> totals = entries.totalDurations(List.of(p.id(), empty.id()));

    assertThat(totals).containsEntry(p.id(), 125L).containsEntry(empty.id(), 0L).hasSize(2);
    assertThat(entries.totalDurations(List.of())).isEmpty();
  }

  // ------------------------------------------------------------------------------------------ collaborators

  @Test
  void collaboratorsAreAddedChangedListedInJoinOrderAndRemoved() {
    UserId owner = user();
    Playlist p = playlist(owner, "Shared", Visibility.PRIVATE);
    List<UserId> friends = List.of(user(), user(), user());
    List<Collaborator> added = new ArrayList<>();
    for (UserId f : friends) {
      Collaborator c = new Collaborator(p.id(), f, PlaylistRole.VIEWER, tick());
      tx.inTransaction(() -> collaborators.add(c));
      added.add(c);
    }
    Collaborator promoted = added.get(1).withRole(PlaylistRole.EDITOR);
    tx.inTransaction(() -> collaborators.update(promoted));

    assertThat(collaborators.find(p.id(), friends.get(1))).contains(promoted);
    assertThat(all(page -> collaborators.findByPlaylist(p.id(), page), 2))
        .containsExactly(added.get(0), promoted, added.get(2));
    assertThat(tx.inTransaction(() -> collaborators.remove(p.id(), friends.get(0)))).isTrue();
    assertThat(tx.inTransaction(() -> collaborators.remove(p.id(), friends.get(0)))).isFalse();
    assertThat(collaborators.find(p.id(), friends.get(0))).isEmpty();
    assertThat(collaborators.findByPlaylist(p.id(), PageRequest.first(10)).items()).hasSize(2);
  }

  // ------------------------------------------------------------------------------------------ activity

  private PlaylistActivity row(PlaylistId id, PlaylistAction action, SongSummary song) {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("position", 3);
    before.put("name", null);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("entryId", "e-1");
    after.put("flag", true);
    return new PlaylistActivity(Uuids.v7(clock), id, tick(), "someone", action, Optional.ofNullable(song), before,
        after);
  }

  @Test
  void historyIsListedOldestFirstWithItsValuesAndSurvivesTheSong() {
    UserId owner = user();
    Playlist p = playlist(owner, "History", Visibility.PRIVATE);
    Song s = song("Soon deleted", 42);
    SongSummary summary = new SongSummary(s.id(), "Soon deleted", s.details().performer(), 42);
    List<PlaylistActivity> recorded = new ArrayList<>();
    for (PlaylistAction action : PlaylistAction.values()) {
      PlaylistActivity r = row(p.id(), action, action == PlaylistAction.ADD ? summary : null);
      tx.inTransaction(() -> activity.record(r));
      recorded.add(r);
    }
    tx.inTransaction(() -> activity.record(row(playlist(owner, "Other", Visibility.PRIVATE).id(),
        PlaylistAction.CREATE, null)));
    tx.inTransaction(() -> stores.songs().remove(s.id()));

    List<PlaylistActivity> seen = all(page -> activity.findByPlaylist(p.id(), page), 4);

    assertThat(seen).containsExactlyElementsOf(recorded);
    assertThat(seen.get(PlaylistAction.ADD.ordinal()).song()).contains(summary);
    assertThat(seen.get(0).before()).containsEntry("position", 3).containsEntry("name", null);
    assertThat(seen.get(0).after()).containsEntry("flag", true);
    assertThat(activity.findByPlaylist(p.id(), new PageRequest(2, Optional.empty(), true)).total())
        .hasValue(recorded.size());
  }

  @Test
  void historyRecordedTogetherIsListedInTheOrderGiven() {
    UserId owner = user();
    Playlist p = playlist(owner, "Together", Visibility.PRIVATE);
    Song s = song("Added twice", 42);
    SongSummary summary = new SongSummary(s.id(), "Added twice", s.details().performer(), 42);
    List<PlaylistActivity> rows = List.of(row(p.id(), PlaylistAction.ADD, summary),
        row(p.id(), PlaylistAction.ADD, summary), row(p.id(), PlaylistAction.RENAME, null));

    tx.inTransaction(() -> activity.recordAll(rows));
    tx.inTransaction(() -> activity.recordAll(List.of()));

    assertThat(all(page -> activity.findByPlaylist(p.id(), page), 2)).containsExactlyElementsOf(rows);
  }

  // ------------------------------------------------------------------------------------------ library

  @Test
  void savingIsIdempotentAndListenedStateIsStored() {
    UserId me = user();
    Song s = song("Saved", 100);
    LibrarySong saved = LibrarySong.saved(me, s.id(), tick());

    assertThat(tx.inTransaction(() -> library.add(saved))).isTrue();
    assertThat(tx.inTransaction(() -> library.add(LibrarySong.saved(me, s.id(), tick())))).isFalse();
    assertThat(library.find(me, s.id())).contains(saved);

    LibrarySong listened = saved.withListened(true, tick());
    assertThat(tx.inTransaction(() -> library.update(listened))).isTrue();
    assertThat(library.find(me, s.id())).contains(listened);
    assertThat(tx.inTransaction(() -> library.findForUpdate(me, s.id()))).as("locked, and the same")
        .contains(listened);
    assertThat(library.count(me)).isEqualTo(new LibraryRepository.Counts(1, 1));

    assertThat(tx.inTransaction(() -> library.remove(me, s.id()))).isTrue();
    assertThat(tx.inTransaction(() -> library.remove(me, s.id()))).isFalse();
    assertThat(library.find(me, s.id())).isEmpty();
    assertThat(tx.inTransaction(() -> library.findForUpdate(me, s.id()))).isEmpty();
    assertThat(tx.inTransaction(() -> library.update(listened.withListened(false, tick())))).as("no longer saved")
        .isFalse();
    assertThat(library.find(me, s.id())).isEmpty();
    assertThat(library.count(me)).isEqualTo(new LibraryRepository.Counts(0, 0));
  }

  @Test
  void librariesListNewestFirstFilterByListenedAndLoseDeletedSongs() {
    UserId me = user();
    UserId other = user();
    List<Song> songs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Song s = song("L" + i, i);
      songs.add(s);
      LibrarySong item = LibrarySong.saved(me, s.id(), tick());
      LibrarySong stored = i % 2 == 0 ? item.withListened(true, tick()) : item;
      tx.inTransaction(() -> library.add(stored));
    }
    tx.inTransaction(() -> library.add(LibrarySong.saved(other, songs.get(0).id(), tick())));

    Function<Boolean, List<String>> titles = listened -> all(page -> library.findByUser(me, listened, page), 2)
        .stream().map(LibrarySongView::song).map(SongSummary::title).toList();
    assertThat(titles.apply(null)).containsExactly("L4", "L3", "L2", "L1", "L0");
    assertThat(titles.apply(true)).containsExactly("L4", "L2", "L0");
    assertThat(titles.apply(false)).containsExactly("L3", "L1");
    assertThat(library.findByUser(me, null, new PageRequest(2, Optional.empty(), true)).total()).hasValue(5);
    assertThat(library.count(me)).isEqualTo(new LibraryRepository.Counts(5, 3));

    assertThat(tx.inTransaction(() -> library.removeSong(songs.get(0).id()))).isEqualTo(2);
    assertThat(titles.apply(null)).containsExactly("L4", "L3", "L2", "L1");
    assertThat(library.count(other)).isEqualTo(new LibraryRepository.Counts(0, 0));
  }

  // ------------------------------------------------------------------------------------------ song references

  @Test
  void songReferencesFindOnlyExistingSongs() {
    Song a = song("A", 10);
    Song b = song("B", null);
    SongId unknown = SongId.generate(clock);

    Map<SongId, SongSummary> found = tx.inTransaction(() -> stores.songReferences()
        .findForReference(List.of(a.id(), unknown, b.id())));

    assertThat(found).hasSize(2)
        .containsEntry(a.id(), new SongSummary(a.id(), "A", a.details().performer(), 10))
        .containsEntry(b.id(), new SongSummary(b.id(), "B", b.details().performer(), null));
  }

  @Test
  void albumTitlesNameTheAlbumOfEachSongOnOne() {
    Album kind = dev.cadenza.testing.builders.AlbumBuilder.anAlbum().id(AlbumId.generate(clock))
        .title("Kind of Blue").build();
    Album other = dev.cadenza.testing.builders.AlbumBuilder.anAlbum().id(AlbumId.generate(clock))
        .title("Sketches of Spain").build();
    tx.inTransaction(() -> {
      stores.albums().add(kind);
      stores.albums().add(other);
    });
    Song onKind = stored(aSong().id(SongId.generate(clock)).title("So What").album(kind.id()));
    Song alsoOnKind = stored(aSong().id(SongId.generate(clock)).title("Freddie Freeloader").album(kind.id()));
    Song onOther = stored(aSong().id(SongId.generate(clock)).title("Solea").album(other.id()));
    Song single = stored(aSong().id(SongId.generate(clock)).title("A single"));

    Map<SongId, String> titles = stores.songReferences().albumTitles(List.of(onKind.id(), alsoOnKind.id(),
        onOther.id(), single.id(), SongId.generate(clock), onKind.id()));

    assertThat(titles).containsOnly(Map.entry(onKind.id(), "Kind of Blue"), Map.entry(alsoOnKind.id(), "Kind of Blue"),
        Map.entry(onOther.id(), "Sketches of Spain"));
    assertThat(stores.songReferences().albumTitles(List.of())).isEmpty();
  }

  @Test
  void matchesSongsByTitleAndPerformerIgnoringCaseAccentsAndSpaces() {
    Song cafe = stored(aSong().id(SongId.generate(clock)).title("Café  del Mar").performer("Energy 52"));
    Song blue = stored(aSong().id(SongId.generate(clock)).title("Blue in Green").performer("Miles Davis"));
    stored(aSong().id(SongId.generate(clock)).title("Blue in Green").performer("Bill Evans"));
    Song twinFirst = stored(aSong().id(SongId.generate(clock)).title("Twin").performer("Echo"));
    stored(aSong().id(SongId.generate(clock)).title("Twin").performer("Echo"));

    List<java.util.Optional<SongId>> found = stores.songReferences().match(List.of(
        new dev.cadenza.domain.playlists.model.TrackQuery("cafe del mar", "ENERGY 52"),
        new dev.cadenza.domain.playlists.model.TrackQuery("BLUE IN GREEN", "miles   davis"),
        new dev.cadenza.domain.playlists.model.TrackQuery("Blue in Green", "Nobody"),
        new dev.cadenza.domain.playlists.model.TrackQuery("Twin", "Echo"),
        new dev.cadenza.domain.playlists.model.TrackQuery("Café del Mar", "Energy 52")));

    assertThat(found).containsExactly(java.util.Optional.of(cafe.id()), java.util.Optional.of(blue.id()),
        java.util.Optional.empty(), java.util.Optional.of(twinFirst.id()), java.util.Optional.of(cafe.id()));
    assertThat(stores.songReferences().match(List.of())).isEmpty();
  }

  private Song stored(dev.cadenza.testing.builders.SongBuilder builder) {
    Song s = builder.build();
    tx.inTransaction(() -> stores.songs().add(s));
    return s;
  }
}
