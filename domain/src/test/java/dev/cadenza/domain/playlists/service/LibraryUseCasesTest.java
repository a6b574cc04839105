package dev.cadenza.domain.playlists.service;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.DeleteSongCommand;
import dev.cadenza.domain.playlists.model.LibrarySong;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.model.LibrarySummary;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.ListLibraryQuery;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.playlists.port.in.SavedSong;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuthenticationRequiredException;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import dev.cadenza.testing.inmemory.InMemorySongReferences;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each user's library through the use cases: saving, listened marks, privacy, the summary. */
class LibraryUseCasesTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");
  private InMemoryPlaylists fakes;
  private Playlists playlists;
  private Actor me;
  private Actor other;
  private Actor admin;

  @BeforeEach
  void setUp() {
    fakes = new InMemoryPlaylists(clock);
    playlists = fakes.useCases;
    me = account(Role.USER);
    other = account(Role.USER);
    admin = account(Role.ADMIN);
  }

  private Actor account(Role role) {
    var user = aUser().roles(role).build();
    fakes.accounts.users.add(user);
    return Actor.user(user.id(), user.roles());
  }

  private Song song(String title) {
    Song s = aSong().id(SongId.generate(clock)).title(title).build();
    fakes.songs.add(s);
    return s;
  }

  private SavedSong save(Actor who, Song s) {
    clock.advance(Duration.ofSeconds(1));
    return playlists.saveSong().saveSong(who, s.id());
  }

  private List<String> library(Actor reader, Actor owner, Boolean listened) {
    return playlists.listLibrary().listLibrary(new ListLibraryQuery(reader, owner.userId().orElseThrow(), listened,
        PageRequest.first(50))).items().stream().map(v -> v.song().title()).toList();
  }

  @Test
  void savingIsIdempotent() {
    Song s = song("Saved");

    SavedSong first = save(me, s);
    SavedSong again = save(me, s);

    assertThat(first.newlySaved()).isTrue();
    assertThat(again.newlySaved()).isFalse();
    assertThat(again.song().item().addedAt()).isEqualTo(first.song().item().addedAt());
    assertThat(first.song().song().title()).isEqualTo("Saved");
    assertThat(first.song().item().listened()).isFalse();
    assertThat(library(me, me, null)).containsExactly("Saved");
  }

  @Test
  void unknownSongsAndAnonymousCallersAreRefused() {
    assertThatThrownBy(() -> playlists.saveSong().saveSong(me, SongId.generate(clock)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("SongNotFound"));
    assertThatThrownBy(() -> playlists.saveSong().saveSong(Actor.anonymous(), song("S").id()))
        .isInstanceOf(AuthenticationRequiredException.class);
  }

  @Test
  void aRemovalBetweenTheReadAndTheUpdateOfAListenedMarkIsNotFound() {
    Song s = song("Raced");
    save(me, s);
    UserId mine = me.userId().orElseThrow();
    // The owner's removal commits after the mark read the saved song and before it writes.
    LibraryRepository library = new RacingLibrary(fakes.library, () -> { }, () -> fakes.library.remove(mine, s.id()));
    var mark = new MarkListenedService(library, new InMemorySongReferences(fakes.songs, fakes.albums),
        fakes.tx, clock);

    assertThatThrownBy(() -> mark.markListened(me, s.id(), true))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.resourceType()).isEqualTo("LibrarySong"));
    assertThat(fakes.library.find(mine, s.id())).isEmpty();
  }

  @Test
  void aRemovalBetweenTheRefusedInsertAndTheReadOfASaveSavesAfresh() {
    Song s = song("Raced");
    save(me, s);
    UserId mine = me.userId().orElseThrow();
    // The save finds the song saved already, then the owner's removal commits before it reads it back.
    AtomicBoolean raced = new AtomicBoolean();
    LibraryRepository library = new RacingLibrary(fakes.library, () -> {
      if (raced.compareAndSet(false, true)) {
        fakes.library.remove(mine, s.id());
      }
    }, () -> { });
    var saveAgain = new SaveSongService(library, new InMemorySongReferences(fakes.songs, fakes.albums), fakes.tx,
        clock);
    clock.advance(Duration.ofSeconds(5));

    SavedSong saved = saveAgain.saveSong(me, s.id());

    assertThat(raced).isTrue();
    assertThat(saved.newlySaved()).isTrue();
    assertThat(saved.song().item().addedAt()).isEqualTo(clock.instant());
    assertThat(fakes.library.find(mine, s.id())).contains(saved.song().item());
  }

  @Test
  void aSaveThatLosesEveryRoundToRemovalsIsAConflictToRetry() {
    Song s = song("Contested");
    save(me, s);
    UserId mine = me.userId().orElseThrow();
    // a removal commits between every refused insert and its read-back, and the song is saved again
    // by another request before the next insert
    LibraryRepository library = new RacingLibrary(fakes.library, () -> fakes.library.remove(mine, s.id()),
        () -> fakes.library.add(LibrarySong.saved(mine, s.id(), clock.instant())));
    var saveAgain = new SaveSongService(library, new InMemorySongReferences(fakes.songs, fakes.albums), fakes.tx,
        clock);

    assertThatThrownBy(() -> saveAgain.saveSong(me, s.id()))
        .isInstanceOfSatisfying(ConcurrentModificationException.class,
            e -> assertThat(e.code()).isEqualTo("ConcurrentModification"));
  }

  /** A library where concurrent changes commit just before and just after each {@code find}. */
  private static final class RacingLibrary implements LibraryRepository {
    private final LibraryRepository stored;
    private final Runnable beforeRead;
    private final Runnable afterRead;

    RacingLibrary(LibraryRepository stored, Runnable beforeRead, Runnable afterRead) {
      this.stored = stored;
      this.beforeRead = beforeRead;
      this.afterRead = afterRead;
    }

    @Override
    public Optional<LibrarySong> find(UserId user, SongId song) {
      beforeRead.run();
      Optional<LibrarySong> found = stored.find(user, song);
      afterRead.run();
      return found;
    }

    @Override
    public Optional<LibrarySong> findForUpdate(UserId user, SongId song) {
      return find(user, song);
    }

    @Override
    public boolean update(LibrarySong song) {
      return stored.update(song);
    }

    @Override
    public boolean add(LibrarySong song) {
      return stored.add(song);
    }

    @Override
    public boolean remove(UserId user, SongId song) {
      return stored.remove(user, song);
    }

    @Override
    public int removeSong(SongId song) {
      return stored.removeSong(song);
    }

    @Override
    public Page<LibrarySongView> findByUser(UserId user, Boolean listened, PageRequest page) {
      return stored.findByUser(user, listened, page);
    }

    @Override
    public Counts count(UserId user) {
      return stored.count(user);
    }
  }

  @Test
  void conditionalChangesApplyOnlyToTheSavedSongAsExpected() {
    Song s = song("Guarded");
    save(me, s);
    List<LibrarySongView> seen = new java.util.ArrayList<>();

    assertThatThrownBy(() -> playlists.markListened().markListened(me, s.id(), true, current -> {
      seen.add(current);
      return false;
    })).isInstanceOfSatisfying(PreconditionFailedException.class,
        e -> assertThat(e.current()).isEqualTo(seen.get(0)));
    assertThat(seen.get(0).song().title()).as("the test sees the song with its saved state").isEqualTo("Guarded");
    assertThat(library(me, me, true)).as("unchanged").isEmpty();
    assertThat(playlists.markListened().markListened(me, s.id(), true, current -> !current.item().listened())
        .item().listened()).isTrue();

    assertThatThrownBy(() -> playlists.removeSavedSong().removeSavedSong(me, s.id(), current -> false))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(library(me, me, null)).as("still saved").containsExactly("Guarded");
    playlists.removeSavedSong().removeSavedSong(me, s.id(), current -> current.item().listened());
    assertThat(library(me, me, null)).isEmpty();
    assertThatThrownBy(() -> playlists.removeSavedSong().removeSavedSong(me, s.id(), current -> true))
        .as("no longer saved").isInstanceOf(NotFoundException.class);
  }

  @Test
  void listenedMarksCarryTheTimeAndCanBeTakenBack() {
    Song s = song("Heard");
    save(me, s);
    clock.advance(Duration.ofMinutes(3));

    LibrarySongView heard = playlists.markListened().markListened(me, s.id(), true);
    assertThat(heard.item().listenedAt()).contains(clock.instant());
    assertThat(library(me, me, true)).containsExactly("Heard");
    assertThat(library(me, me, false)).isEmpty();

    LibrarySongView unheard = playlists.markListened().markListened(me, s.id(), false);
    assertThat(unheard.item().listened()).isFalse();
    assertThat(unheard.item().listenedAt()).isEmpty();
    assertThatThrownBy(() -> playlists.markListened().markListened(other, s.id(), true))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("LibrarySongNotFound"));
  }

  @Test
  void oneSavedSongIsReadByItsUserOnly() {
    Song s = song("Kept");
    save(me, s);
    playlists.markListened().markListened(me, s.id(), true);

    LibrarySongView kept = playlists.listLibrary().getSavedSong(me, s.id());
    assertThat(kept.song().title()).isEqualTo("Kept");
    assertThat(kept.item().listened()).isTrue();
    assertThatThrownBy(() -> playlists.listLibrary().getSavedSong(other, s.id()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("LibrarySongNotFound"));
    assertThatThrownBy(() -> playlists.listLibrary().getSavedSong(me, SongId.generate(clock)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> playlists.listLibrary().getSavedSong(Actor.anonymous(), s.id()))
        .isInstanceOf(AuthenticationRequiredException.class);
  }

  @Test
  void removingIsIdempotent() {
    Song s = song("Gone");
    save(me, s);

    playlists.removeSavedSong().removeSavedSong(me, s.id());
    playlists.removeSavedSong().removeSavedSong(me, s.id());

    assertThat(library(me, me, null)).isEmpty();
  }

  @Test
  void aLibraryIsForItsUserAndAdminsOnly() {
    save(me, song("Mine"));

    assertThat(library(admin, me, null)).containsExactly("Mine");
    assertThatThrownBy(() -> library(other, me, null))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("UserNotFound"));
    assertThatThrownBy(() -> playlists.listLibrary().listLibrary(new ListLibraryQuery(Actor.anonymous(),
        me.userId().orElseThrow(), null, PageRequest.first(5)))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> playlists.listLibrary().listLibrary(new ListLibraryQuery(admin,
        new UserId(UUID.randomUUID()), null, PageRequest.first(5)))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theNewestSavesComeFirst() {
    save(me, song("First"));
    save(me, song("Second"));
    save(me, song("Third"));

    assertThat(library(me, me, null)).containsExactly("Third", "Second", "First");
  }

  @Test
  void theSummaryCountsForTheUserAndAdmins() {
    Song a = song("A");
    save(me, a);
    save(me, song("B"));
    playlists.markListened().markListened(me, a.id(), true);
    playlists.createPlaylist().createPlaylist(new CreatePlaylistCommand(me,
        new PlaylistDetails("P", null, Visibility.PRIVATE)));

    UserId mine = me.userId().orElseThrow();
    assertThat(playlists.librarySummary().getLibrarySummary(me, mine)).contains(new LibrarySummary(2, 1, 1));
    assertThat(playlists.librarySummary().getLibrarySummary(admin, mine)).contains(new LibrarySummary(2, 1, 1));
    assertThat(playlists.librarySummary().getLibrarySummary(other, mine)).isEmpty();
    assertThat(playlists.librarySummary().getLibrarySummary(Actor.anonymous(), mine)).isEmpty();
  }

  @Test
  void deletedSongsLeaveEveryLibrary() {
    Song s = song("Doomed");
    save(me, s);
    save(other, s);

    fakes.music.deleteSong().deleteSong(new DeleteSongCommand(admin, s.id(), OptionalLong.empty()));

    assertThat(library(me, me, null)).isEmpty();
    assertThat(library(other, other, null)).isEmpty();
  }
}
