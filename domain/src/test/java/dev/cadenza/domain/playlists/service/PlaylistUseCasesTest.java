package dev.cadenza.domain.playlists.service;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.DeleteSongCommand;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAccessDeniedException;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.playlists.model.PlaylistChanges;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.AddEntriesCommand;
import dev.cadenza.domain.playlists.port.in.AddedEntries;
import dev.cadenza.domain.playlists.port.in.CollaboratorChange;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.DeletePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.MoveEntryCommand;
import dev.cadenza.domain.playlists.port.in.MovedEntry;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.playlists.port.in.RemoveCollaboratorCommand;
import dev.cadenza.domain.playlists.port.in.RemoveEntryCommand;
import dev.cadenza.domain.playlists.port.in.SetCollaboratorCommand;
import dev.cadenza.domain.playlists.port.in.UpdatePlaylistCommand;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuthenticationRequiredException;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Playlists, entries, collaborators and their history through the use cases, over the in-memory
 * adapters: the authorization matrix (owner, editor, viewer, stranger, admin, anonymous), dense
 * positions, versions and If-Match, and what a song deletion does to playlists.
 */
class PlaylistUseCasesTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00.123456789Z");
  private InMemoryPlaylists fakes;
  private Playlists playlists;
  private Actor owner;
  private Actor editor;
  private Actor viewer;
  private Actor stranger;
  private Actor admin;
  private final Actor anonymous = Actor.anonymous();

  @BeforeEach
  void setUp() {
    fakes = new InMemoryPlaylists(clock);
    playlists = fakes.useCases;
    owner = account(Role.USER);
    editor = account(Role.USER);
    viewer = account(Role.USER);
    stranger = account(Role.USER);
    admin = account(Role.ADMIN);
  }

  private Actor account(Role role) {
    var user = aUser().roles(role).build();
    fakes.accounts.users.add(user);
    return Actor.user(user.id(), user.roles());
  }

  private static UserId id(Actor actor) {
    return actor.userId().orElseThrow();
  }

  private Song song(String title, Integer duration) {
    Song s = aSong().id(SongId.generate(clock)).title(title).durationSeconds(duration).build();
    fakes.songs.add(s);
    return s;
  }

  private PlaylistView create(Actor who, String name, Visibility visibility) {
    clock.advance(Duration.ofMillis(5));
    return playlists.createPlaylist().createPlaylist(new CreatePlaylistCommand(who,
        new PlaylistDetails(name, null, visibility)));
  }

  /** A playlist of the owner where editor and viewer collaborate. */
  private PlaylistId shared(Visibility visibility) {
    PlaylistId id = create(owner, "Shared", visibility).playlist().id();
    collaborate(id, editor, PlaylistRole.EDITOR);
    collaborate(id, viewer, PlaylistRole.VIEWER);
    return id;
  }

  private CollaboratorChange collaborate(PlaylistId id, Actor who, PlaylistRole role) {
    return playlists.setCollaborator().setCollaborator(new SetCollaboratorCommand(owner, id, id(who), role,
        OptionalLong.empty()));
  }

  private AddedEntries add(Actor who, PlaylistId id, Integer position, Song... songs) {
    clock.advance(Duration.ofMillis(5));
    return playlists.addEntries().addEntries(new AddEntriesCommand(who, id, OptionalLong.empty(),
        Arrays.stream(songs).map(Song::id).toList(), position));
  }

  private List<EntryView> entries(PlaylistId id) {
    return playlists.listEntries().listEntries(owner, id, PageRequest.first(100)).items();
  }

  private List<String> titles(PlaylistId id) {
    return entries(id).stream().map(v -> v.song().title()).toList();
  }

  private List<PlaylistActivity> history(PlaylistId id) {
    return playlists.listActivity().listPlaylistActivity(owner, id, PageRequest.first(100)).items();
  }

  private List<PlaylistAction> actions(PlaylistId id) {
    return history(id).stream().map(PlaylistActivity::action).toList();
  }

  private Playlist stored(PlaylistId id) {
    return fakes.stores.playlistRepository.findById(id).orElseThrow();
  }

  // ------------------------------------------------------------------------------------------ create and read

  @Test
  void createMakesAnEmptyPlaylistOfTheCallerAndRecordsIt() {
    PlaylistView view = create(owner, "Road trip", Visibility.PRIVATE);

    assertThat(view.playlist().owner()).isEqualTo(id(owner));
    assertThat(view.playlist().version()).isEqualTo(1);
    assertThat(view.playlist().entryCount()).isZero();
    assertThat(view.durationSeconds()).isZero();
    assertThat(view.role()).contains(PlaylistRole.OWNER);
    PlaylistActivity created = history(view.playlist().id()).get(0);
    assertThat(created.action()).isEqualTo(PlaylistAction.CREATE);
    assertThat(created.actor()).isEqualTo(id(owner).toString());
    assertThat(created.after()).containsEntry("name", "Road trip").containsEntry("visibility", "private");
    assertThat(fakes.audit.entries()).extracting(e -> e.action()).containsExactly("playlist.create");
  }

  @Test
  void anonymousCallersMustSignInToCreate() {
    assertThatThrownBy(() -> create(anonymous, "Nope", Visibility.PUBLIC))
        .isInstanceOf(AuthenticationRequiredException.class);
  }

  @Test
  void privatePlaylistsAreReadByOwnerAndCollaboratorsOnlyNotEvenByAdmins() {
    PlaylistId id = shared(Visibility.PRIVATE);

    assertThat(playlists.getPlaylist().getPlaylist(owner, id).role()).contains(PlaylistRole.OWNER);
    assertThat(playlists.getPlaylist().getPlaylist(editor, id).role()).contains(PlaylistRole.EDITOR);
    assertThat(playlists.getPlaylist().getPlaylist(viewer, id).role()).contains(PlaylistRole.VIEWER);
    for (Actor outsider : List.of(stranger, admin, anonymous)) {
      assertThatThrownBy(() -> playlists.getPlaylist().getPlaylist(outsider, id))
          .isInstanceOf(NotFoundException.class).hasMessageContaining(id.toString());
      assertThatThrownBy(() -> playlists.listEntries().listEntries(outsider, id, PageRequest.firstDefault()))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> playlists.listCollaborators().listCollaborators(outsider, id,
          PageRequest.firstDefault())).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> playlists.listEntries().getEntry(outsider, id, EntryId.generate(clock)))
          .isInstanceOf(NotFoundException.class).hasMessageContaining(id.toString());
      assertThatThrownBy(() -> playlists.listCollaborators().getCollaborator(outsider, id, id(editor)))
          .isInstanceOf(NotFoundException.class).hasMessageContaining(id.toString());
      assertThatThrownBy(() -> playlists.listActivity().listPlaylistActivity(outsider, id,
          PageRequest.firstDefault())).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void publicPlaylistsAreReadByAnyone() {
    PlaylistId id = shared(Visibility.PUBLIC);

    assertThat(playlists.getPlaylist().getPlaylist(anonymous, id).role()).isEmpty();
    assertThat(playlists.getPlaylist().getPlaylist(stranger, id).playlist().id()).isEqualTo(id);
    assertThat(playlists.listCollaborators().listCollaborators(anonymous, id, PageRequest.firstDefault()).items())
        .hasSize(2);
    assertThat(playlists.listCollaborators().getCollaborator(anonymous, id, id(viewer)).role())
        .isEqualTo(PlaylistRole.VIEWER);
    assertThatThrownBy(() -> playlists.listCollaborators().getCollaborator(anonymous, id, id(stranger)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("CollaboratorNotFound"));
  }

  @Test
  void unknownPlaylistsAreNotFound() {
    PlaylistId unknown = PlaylistId.generate(clock);

    assertThatThrownBy(() -> playlists.getPlaylist().getPlaylist(owner, unknown))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("PlaylistNotFound"));
    assertThatThrownBy(() -> add(owner, unknown, null, song("S", 1))).isInstanceOf(NotFoundException.class);
  }

  // ------------------------------------------------------------------------------------------ the write matrix

  private void expectRefusal(Actor who, Class<? extends Throwable> refusal, ThrowingCallable write) {
    assertThatThrownBy(write).as("%s", who).isInstanceOf(refusal);
  }

  @Test
  void entriesAreChangedByOwnerAndEditorsOnly() {
    Song s = song("S", 10);
    for (Visibility visibility : Visibility.values()) {
      PlaylistId id = shared(visibility);
      add(owner, id, null, s);
      add(editor, id, null, s);
      Class<? extends Throwable> strangers = visibility == Visibility.PUBLIC
          ? PlaylistAccessDeniedException.class : NotFoundException.class;
      expectRefusal(viewer, PlaylistAccessDeniedException.class, () -> add(viewer, id, null, s));
      expectRefusal(stranger, strangers, () -> add(stranger, id, null, s));
      expectRefusal(admin, strangers, () -> add(admin, id, null, s));
      expectRefusal(anonymous, AuthenticationRequiredException.class, () -> add(anonymous, id, null, s));
      EntryId first = entries(id).get(0).entry().id();
      assertThat(playlists.listEntries().getEntry(viewer, id, first)).isEqualTo(entries(id).get(0));
      assertThatThrownBy(() -> playlists.listEntries().getEntry(owner, id, EntryId.generate(clock)))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("PlaylistEntryNotFound"));
      expectRefusal(viewer, PlaylistAccessDeniedException.class, () -> playlists.removeEntry().removeEntry(
          new RemoveEntryCommand(viewer, id, first, OptionalLong.empty())));
      expectRefusal(stranger, strangers, () -> playlists.moveEntry().moveEntry(
          new MoveEntryCommand(stranger, id, first, OptionalLong.empty(), 1)));
      playlists.moveEntry().moveEntry(new MoveEntryCommand(editor, id, first, OptionalLong.empty(), 1));
      playlists.removeEntry().removeEntry(new RemoveEntryCommand(editor, id, first, OptionalLong.empty()));
      assertThat(entries(id)).hasSize(1);
    }
  }

  private PlaylistView patch(Actor who, PlaylistId id, PlaylistChanges changes) {
    clock.advance(Duration.ofMillis(5));
    return playlists.updatePlaylist().updatePlaylist(new UpdatePlaylistCommand(who, id, OptionalLong.empty(),
        changes));
  }

  private static PlaylistChanges rename(String name) {
    return new PlaylistChanges(Change.to(name), Change.keep(), Change.keep());
  }

  private static PlaylistChanges visibility(Visibility v) {
    return new PlaylistChanges(Change.keep(), Change.keep(), Change.to(v));
  }

  @Test
  void editorsRenameAndDescribeOnlyOwnersChangeVisibility() {
    PlaylistId id = shared(Visibility.PUBLIC);

    PlaylistView renamed = patch(editor, id, new PlaylistChanges(Change.to("Renamed"), Change.to("About"),
        Change.keep()));
    assertThat(renamed.playlist().details().name()).isEqualTo("Renamed");
    assertThat(renamed.role()).contains(PlaylistRole.EDITOR);
    expectRefusal(editor, PlaylistAccessDeniedException.class, () -> patch(editor, id, visibility(Visibility.PRIVATE)));
    expectRefusal(viewer, PlaylistAccessDeniedException.class, () -> patch(viewer, id, rename("V")));
    expectRefusal(stranger, PlaylistAccessDeniedException.class, () -> patch(stranger, id, rename("S")));
    expectRefusal(admin, PlaylistAccessDeniedException.class, () -> patch(admin, id, rename("A")));
    // the body is checked before who may change what: an invalid name is a 422 for anyone
    for (Actor anyone : List.of(editor, viewer, stranger)) {
      expectRefusal(anyone, ValidationException.class, () -> patch(anyone, id,
          new PlaylistChanges(Change.to(" "), Change.keep(), Change.to(Visibility.PRIVATE))));
    }
    // the editor may send the visibility it has
    patch(editor, id, visibility(Visibility.PUBLIC));
    PlaylistView hidden = patch(owner, id, visibility(Visibility.PRIVATE));

    assertThat(hidden.playlist().isPublic()).isFalse();
    expectRefusal(stranger, NotFoundException.class, () -> patch(stranger, id, rename("S")));
    List<PlaylistActivity> rows = history(id);
    assertThat(rows).extracting(PlaylistActivity::action).endsWith(PlaylistAction.RENAME, PlaylistAction.DESCRIBE,
        PlaylistAction.VISIBILITY);
    PlaylistActivity visibilityRow = rows.get(rows.size() - 1);
    assertThat(visibilityRow.before()).containsEntry("visibility", "public");
    assertThat(visibilityRow.after()).containsEntry("visibility", "private");
    assertThat(visibilityRow.actor()).isEqualTo(id(owner).toString());
  }

  @Test
  void aPatchThatChangesNothingKeepsTheVersionAndRecordsNothing() {
    PlaylistView view = create(owner, "Same", Visibility.PRIVATE);
    int rows = history(view.playlist().id()).size();

    PlaylistView after = patch(owner, view.playlist().id(), rename(" Same "));

    assertThat(after.playlist().version()).isEqualTo(1);
    assertThat(history(view.playlist().id())).hasSize(rows);
  }

  @Test
  void invalidPatchValuesAreReportedTogether() {
    PlaylistId id = create(owner, "Valid", Visibility.PRIVATE).playlist().id();

    assertThatThrownBy(() -> patch(owner, id, new PlaylistChanges(Change.to(" "), Change.to("x".repeat(3000)),
        Change.to(null)))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
        .extracting(FieldViolation::field).containsExactlyInAnyOrder("name", "description", "visibility"));
  }

  @Test
  void onlyTheOwnerDeletes() {
    PlaylistId id = shared(Visibility.PUBLIC);
    add(owner, id, null, song("S", 1));

    for (Actor other : List.of(editor, viewer, stranger, admin)) {
      expectRefusal(other, PlaylistAccessDeniedException.class,
          () -> playlists.deletePlaylist().deletePlaylist(new DeletePlaylistCommand(other, id, OptionalLong.empty())));
    }
    playlists.deletePlaylist().deletePlaylist(new DeletePlaylistCommand(owner, id, OptionalLong.empty()));

    assertThatThrownBy(() -> playlists.getPlaylist().getPlaylist(owner, id)).isInstanceOf(NotFoundException.class);
    assertThat(fakes.stores.entriesOf(id)).isEmpty();
    assertThat(fakes.audit.entries()).extracting(e -> e.action()).contains("playlist.delete");
  }

  // ------------------------------------------------------------------------------------------ entries

  @Test
  void addsAtTheEndOrAtAPositionEachEntryWithItsOwnIdAndHistoryRow() {
    PlaylistId id = create(owner, "Mix", Visibility.PRIVATE).playlist().id();
    Song a = song("A", 60);
    Song b = song("B", null);
    Song c = song("C", 30);

    AddedEntries first = add(owner, id, null, a, c);
    AddedEntries second = add(owner, id, 1, b, b);

    assertThat(titles(id)).containsExactly("A", "B", "B", "C");
    assertThat(entries(id)).extracting(v -> v.entry().position()).containsExactly(0, 1, 2, 3);
    assertThat(second.entries()).extracting(v -> v.entry().position()).containsExactly(1, 2);
    assertThat(second.entries().get(0).entry().id()).isNotEqualTo(second.entries().get(1).entry().id());
    assertThat(second.entries()).extracting(v -> v.entry().addedBy()).containsOnly(id(owner));
    assertThat(first.playlist().version()).isEqualTo(2);
    assertThat(second.playlist().version()).isEqualTo(3);
    assertThat(second.playlist().entryCount()).isEqualTo(4);
    assertThat(playlists.getPlaylist().getPlaylist(owner, id).durationSeconds()).isEqualTo(90);
    List<PlaylistActivity> adds = history(id).stream().filter(r -> r.action() == PlaylistAction.ADD).toList();
    assertThat(adds).hasSize(4);
    assertThat(adds.get(2).song().orElseThrow().title()).isEqualTo("B");
    assertThat(adds.get(2).after()).containsEntry("position", 1)
        .containsEntry("entryId", second.entries().get(0).entry().id().toString());
  }

  @Test
  void unknownSongsFailTheWholeAddNamingEachOne() {
    PlaylistId id = create(owner, "Mix", Visibility.PRIVATE).playlist().id();
    Song known = song("Known", 1);
    SongId unknown1 = SongId.generate(clock);
    SongId unknown2 = SongId.generate(clock);

    assertThatThrownBy(() -> playlists.addEntries().addEntries(new AddEntriesCommand(owner, id, OptionalLong.empty(),
        List.of(unknown1, known.id(), unknown2), null)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("songIds[0]", "songIds[2]");
          assertThat(e.getMessage()).contains(unknown1.toString(), unknown2.toString());
        });
    assertThat(entries(id)).isEmpty();
    assertThat(stored(id).version()).isEqualTo(1);
  }

  @Test
  void addsCarryOneToAHundredSongsAtAValidPosition() {
    PlaylistId id = create(owner, "Mix", Visibility.PRIVATE).playlist().id();
    Song s = song("S", 1);

    assertThatThrownBy(() -> new AddEntriesCommand(owner, id, OptionalLong.empty(), List.of(), null))
        .isInstanceOf(ValidationException.class);
    SongId[] tooMany = new SongId[101];
    Arrays.fill(tooMany, s.id());
    assertThatThrownBy(() -> new AddEntriesCommand(owner, id, OptionalLong.empty(), List.of(tooMany), null))
        .isInstanceOf(ValidationException.class).hasMessageContaining("at most 100");
    AddedEntries hundred = playlists.addEntries().addEntries(new AddEntriesCommand(owner, id, OptionalLong.empty(),
        List.of(Arrays.copyOf(tooMany, 100)), null));
    assertThat(hundred.entries()).hasSize(100);
    assertThatThrownBy(() -> add(owner, id, 101, s)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations().get(0).field()).isEqualTo("position"));
  }

  @Test
  void removeAndMoveKeepPositionsDenseAndRecordTheSong() {
    PlaylistId id = create(owner, "Mix", Visibility.PRIVATE).playlist().id();
    List<EntryView> added = add(owner, id, null, song("A", 1), song("B", 1), song("C", 1), song("D", 1)).entries();

    Playlist afterRemove = playlists.removeEntry().removeEntry(new RemoveEntryCommand(owner, id,
        added.get(1).entry().id(), OptionalLong.empty()));
    MovedEntry moved = playlists.moveEntry().moveEntry(new MoveEntryCommand(owner, id, added.get(0).entry().id(),
        OptionalLong.empty(), 2));

    assertThat(titles(id)).containsExactly("C", "D", "A");
    assertThat(entries(id)).extracting(v -> v.entry().position()).containsExactly(0, 1, 2);
    assertThat(afterRemove.entryCount()).isEqualTo(3);
    assertThat(moved.entry().entry().position()).isEqualTo(2);
    assertThat(moved.playlist().version()).isEqualTo(afterRemove.version() + 1);
    List<PlaylistActivity> rows = history(id);
    PlaylistActivity remove = rows.get(rows.size() - 2);
    PlaylistActivity move = rows.get(rows.size() - 1);
    assertThat(remove.action()).isEqualTo(PlaylistAction.REMOVE);
    assertThat(remove.song().orElseThrow().title()).isEqualTo("B");
    assertThat(remove.before()).containsEntry("position", 1);
    assertThat(move.action()).isEqualTo(PlaylistAction.MOVE);
    assertThat(move.before()).containsEntry("position", 0);
    assertThat(move.after()).containsEntry("position", 2);
  }

  @Test
  void entriesOfAnotherPlaylistOrGoneAreNotFoundAndMoveTargetsAreChecked() {
    PlaylistId id = create(owner, "Mix", Visibility.PRIVATE).playlist().id();
    PlaylistId other = create(owner, "Other", Visibility.PRIVATE).playlist().id();
    EntryId entry = add(owner, id, null, song("A", 1), song("B", 1)).entries().get(0).entry().id();

    assertThatThrownBy(() -> playlists.removeEntry().removeEntry(new RemoveEntryCommand(owner, other, entry,
        OptionalLong.empty()))).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.code()).isEqualTo("PlaylistEntryNotFound"));
    assertThatThrownBy(() -> playlists.moveEntry().moveEntry(new MoveEntryCommand(owner, id, entry,
        OptionalLong.empty(), 2))).isInstanceOf(ValidationException.class);
    playlists.removeEntry().removeEntry(new RemoveEntryCommand(owner, id, entry, OptionalLong.empty()));
    assertThatThrownBy(() -> playlists.removeEntry().removeEntry(new RemoveEntryCommand(owner, id, entry,
        OptionalLong.empty()))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aMoveToTheSamePositionIsStillAChange() {
    PlaylistId id = create(owner, "Mix", Visibility.PRIVATE).playlist().id();
    EntryView e = add(owner, id, null, song("A", 1)).entries().get(0);

    MovedEntry moved = playlists.moveEntry().moveEntry(new MoveEntryCommand(owner, id, e.entry().id(),
        OptionalLong.empty(), 0));

    assertThat(moved.playlist().version()).isEqualTo(3);
    assertThat(actions(id)).endsWith(PlaylistAction.MOVE);
  }

  // ------------------------------------------------------------------------------------------ versions

  @Test
  void aStaleExpectedVersionIsRefusedWithTheCurrentView() {
    PlaylistId id = shared(Visibility.PRIVATE);
    long version = stored(id).version();
    Song s = song("S", 7);
    add(editor, id, null, s);

    Consumer<ThrowingCallable> stale = write -> assertThatThrownBy(write)
        .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
          assertThat(e.currentVersion()).isEqualTo(version + 1);
          assertThat(e.current()).isInstanceOfSatisfying(PlaylistView.class,
              v -> assertThat(v.durationSeconds()).isEqualTo(7));
        });
    OptionalLong expected = OptionalLong.of(version);
    stale.accept(() -> playlists.addEntries().addEntries(new AddEntriesCommand(editor, id, expected,
        List.of(s.id()), null)));
    stale.accept(() -> playlists.updatePlaylist().updatePlaylist(new UpdatePlaylistCommand(owner, id, expected,
        rename("x"))));
    stale.accept(() -> playlists.deletePlaylist().deletePlaylist(new DeletePlaylistCommand(owner, id, expected)));
    stale.accept(() -> playlists.setCollaborator().setCollaborator(new SetCollaboratorCommand(owner, id, id(stranger),
        PlaylistRole.VIEWER, expected)));
    EntryId entry = entries(id).get(0).entry().id();
    stale.accept(() -> playlists.removeEntry().removeEntry(new RemoveEntryCommand(owner, id, entry, expected)));
    stale.accept(() -> playlists.moveEntry().moveEntry(new MoveEntryCommand(owner, id, entry, expected, 0)));

    assertThat(stored(id).version()).isEqualTo(version + 1);
    Playlist removed = playlists.removeEntry().removeEntry(new RemoveEntryCommand(owner, id, entry,
        OptionalLong.of(version + 1)));
    assertThat(removed.version()).isEqualTo(version + 2);
  }

  @Test
  void strangersLearnNothingFromAnExpectedVersion() {
    PlaylistId id = create(owner, "Secret", Visibility.PRIVATE).playlist().id();

    assertThatThrownBy(() -> playlists.updatePlaylist().updatePlaylist(new UpdatePlaylistCommand(stranger, id,
        OptionalLong.of(99), rename("x")))).isInstanceOf(NotFoundException.class);
  }

  // ------------------------------------------------------------------------------------------ collaborators

  @Test
  void theOwnerAddsChangesAndRemovesCollaboratorsWithHistory() {
    PlaylistId id = create(owner, "Team", Visibility.PRIVATE).playlist().id();

    CollaboratorChange added = collaborate(id, editor, PlaylistRole.VIEWER);
    CollaboratorChange same = collaborate(id, editor, PlaylistRole.VIEWER);
    CollaboratorChange promoted = collaborate(id, editor, PlaylistRole.EDITOR);
    Playlist afterRemove = playlists.removeCollaborator().removeCollaborator(new RemoveCollaboratorCommand(owner, id,
        id(editor), OptionalLong.empty()));
    Playlist again = playlists.removeCollaborator().removeCollaborator(new RemoveCollaboratorCommand(owner, id,
        id(editor), OptionalLong.empty()));

    assertThat(added.added()).isTrue();
    assertThat(added.playlist().version()).isEqualTo(2);
    assertThat(same.added()).isFalse();
    assertThat(same.playlist().version()).isEqualTo(2);
    assertThat(promoted.collaborator().role()).isEqualTo(PlaylistRole.EDITOR);
    assertThat(promoted.collaborator().addedAt()).isEqualTo(added.collaborator().addedAt());
    assertThat(afterRemove.version()).isEqualTo(4);
    assertThat(again.version()).isEqualTo(4);
    assertThat(actions(id)).containsExactly(PlaylistAction.CREATE, PlaylistAction.COLLABORATOR_ADD,
        PlaylistAction.COLLABORATOR_ROLE, PlaylistAction.COLLABORATOR_REMOVE);
    PlaylistActivity role = history(id).get(2);
    assertThat(role.before()).containsEntry("role", "viewer").containsEntry("user", id(editor).toString());
    assertThat(role.after()).containsEntry("role", "editor");
    assertThatThrownBy(() -> playlists.getPlaylist().getPlaylist(editor, id)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyTheOwnerManagesCollaboratorsWhoMustExistAndNotBeTheOwner() {
    PlaylistId id = shared(Visibility.PUBLIC);

    for (Actor other : List.of(editor, viewer, stranger, admin)) {
      expectRefusal(other, PlaylistAccessDeniedException.class, () -> playlists.setCollaborator().setCollaborator(
          new SetCollaboratorCommand(other, id, id(stranger), PlaylistRole.EDITOR, OptionalLong.empty())));
      expectRefusal(other, PlaylistAccessDeniedException.class, () -> playlists.removeCollaborator()
          .removeCollaborator(new RemoveCollaboratorCommand(other, id, id(viewer), OptionalLong.empty())));
    }
    assertThatThrownBy(() -> collaborate(id, owner, PlaylistRole.EDITOR)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> playlists.setCollaborator().setCollaborator(new SetCollaboratorCommand(owner, id,
        new UserId(UUID.randomUUID()), PlaylistRole.EDITOR, OptionalLong.empty())))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("UserNotFound"));
    assertThatThrownBy(() -> new SetCollaboratorCommand(owner, id, id(stranger), PlaylistRole.OWNER,
        OptionalLong.empty())).isInstanceOf(ValidationException.class);
  }

  @Test
  void historySurvivesTheCollaboratorsAndSongsItNames() {
    PlaylistId id = shared(Visibility.PRIVATE);
    Song s = song("Doomed", 99);
    add(editor, id, null, s);
    playlists.removeCollaborator().removeCollaborator(new RemoveCollaboratorCommand(owner, id, id(editor),
        OptionalLong.empty()));
    fakes.music.deleteSong().deleteSong(new DeleteSongCommand(admin, s.id(), OptionalLong.empty()));

    List<PlaylistActivity> rows = history(id);
    PlaylistActivity addRow = rows.stream().filter(r -> r.action() == PlaylistAction.ADD).findFirst().orElseThrow();
    assertThat(addRow.actor()).isEqualTo(id(editor).toString());
    assertThat(addRow.song().orElseThrow().title()).isEqualTo("Doomed");
    assertThat(rows).extracting(PlaylistActivity::action).contains(PlaylistAction.COLLABORATOR_REMOVE,
        PlaylistAction.SONG_DELETED);
  }

  // ------------------------------------------------------------------------------------------ lists

  @Test
  void myPlaylistsAreOwnedAndCollaboratingWithRolesAndDurations() {
    PlaylistId shared = shared(Visibility.PRIVATE);
    add(owner, shared, null, song("A", 100), song("B", 20));
    PlaylistId own = create(editor, "Editor's own", Visibility.PRIVATE).playlist().id();
    create(stranger, "Not mine", Visibility.PUBLIC);

    List<PlaylistView> mine = playlists.listMyPlaylists().listMyPlaylists(editor, PageRequest.first(10)).items();

    assertThat(mine).extracting(v -> v.playlist().id()).containsExactly(own, shared);
    assertThat(mine).extracting(v -> v.role().orElseThrow()).containsExactly(PlaylistRole.OWNER, PlaylistRole.EDITOR);
    assertThat(mine.get(1).durationSeconds()).isEqualTo(120);
    assertThatThrownBy(() -> playlists.listMyPlaylists().listMyPlaylists(anonymous, PageRequest.first(10)))
        .isInstanceOf(AuthenticationRequiredException.class);
  }

  @Test
  void aUsersPlaylistsListShowsThePublicOnes() {
    PlaylistId open = create(owner, "Open", Visibility.PUBLIC).playlist().id();
    create(owner, "Closed", Visibility.PRIVATE);

    assertThat(playlists.listUserPlaylists().listUserPlaylists(anonymous, id(owner), PageRequest.first(10)).items())
        .extracting(v -> v.playlist().id()).containsExactly(open);
    assertThat(playlists.listUserPlaylists().listUserPlaylists(owner, id(owner), PageRequest.first(10)).items()
        .get(0).role()).contains(PlaylistRole.OWNER);
    assertThatThrownBy(() -> playlists.listUserPlaylists().listUserPlaylists(anonymous, new UserId(UUID.randomUUID()),
        PageRequest.first(10))).isInstanceOf(NotFoundException.class);
  }

  // ------------------------------------------------------------------------------------------ song deletion

  @Test
  void deletingASongRemovesItsEntriesFromEveryPlaylistAndRecordsItInEach() {
    Song doomed = song("Doomed", 10);
    Song kept = song("Kept", 5);
    PlaylistId first = create(owner, "First", Visibility.PRIVATE).playlist().id();
    PlaylistId second = create(stranger, "Second", Visibility.PUBLIC).playlist().id();
    PlaylistId untouched = create(owner, "Untouched", Visibility.PRIVATE).playlist().id();
    add(owner, first, null, doomed, kept, doomed);
    add(stranger, second, null, kept, doomed);
    add(owner, untouched, null, kept);
    long firstVersion = stored(first).version();
    long untouchedVersion = stored(untouched).version();

    fakes.music.deleteSong().deleteSong(new DeleteSongCommand(admin, doomed.id(), OptionalLong.empty()));

    assertThat(titles(first)).containsExactly("Kept");
    assertThat(fakes.stores.entriesOf(second)).extracting(PlaylistEntry::position).containsExactly(0);
    assertThat(stored(first).entryCount()).isEqualTo(1);
    assertThat(stored(first).version()).isEqualTo(firstVersion + 1);
    assertThat(stored(untouched).version()).isEqualTo(untouchedVersion);
    List<PlaylistActivity> deleted = history(first).stream()
        .filter(r -> r.action() == PlaylistAction.SONG_DELETED).toList();
    assertThat(deleted).hasSize(2);
    assertThat(deleted).allSatisfy(r -> {
      assertThat(r.actor()).isEqualTo(id(admin).toString());
      assertThat(r.song().orElseThrow().title()).isEqualTo("Doomed");
    });
    assertThat(deleted).as("at 0 and 2, each as it stood when its row applies")
        .extracting(r -> r.before().get("position")).containsExactly(0, 1);
    assertThat(fakes.stores.activity()).filteredOn(r -> r.playlistId().equals(second))
        .extracting(PlaylistActivity::action).endsWith(PlaylistAction.SONG_DELETED);
    assertThat(playlists.getPlaylist().getPlaylist(owner, first).durationSeconds()).isEqualTo(5);
  }

  @Test
  void newPlaylistsStartAtTheClockTime() {
    PlaylistView view = create(owner, "Timed", Visibility.PRIVATE);

    assertThat(view.playlist().createdAt()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    assertThat(Optional.of(view.playlist().updatedAt())).contains(view.playlist().createdAt());
  }
}
