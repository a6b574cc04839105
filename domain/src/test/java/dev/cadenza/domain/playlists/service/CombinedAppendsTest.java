package dev.cadenza.domain.playlists.service;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.AddEntriesCommand;
import dev.cadenza.domain.playlists.port.in.AddedEntries;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.SetCollaboratorCommand;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Appends that wait for one playlist at the same moment go into one transaction, and each caller
 * still gets what it would have got alone: its own entries, positions and version, or its own refusal.
 */
class CombinedAppendsTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");
  private final InMemoryPlaylists fakes = new InMemoryPlaylists(clock);
  private final PlaylistWriteGate gate = new PlaylistWriteGate();
  private final PlaylistsServices.Ports p = fakes.ports;
  private final AddEntriesService adds = new AddEntriesService(p.playlists(), p.collaborators(), p.entries(),
      p.songs(), p.activity(), p.tx(), p.clock(), p.privacy(), gate);

  private Actor account() {
    var user = aUser().roles(Role.USER).build();
    fakes.accounts.users.add(user);
    return Actor.user(user.id(), user.roles());
  }

  private Song song(String title) {
    Song s = aSong().id(SongId.generate(clock)).title(title).durationSeconds(100).build();
    fakes.songs.add(s);
    return s;
  }

  @Test
  void waitingAppendsShareOneTransactionAndEachGetsItsOwnEntriesVersionOrRefusal() throws Exception {
    Actor owner = account();
    Actor editor = account();
    Actor stranger = account();
    PlaylistId playlist = fakes.useCases.createPlaylist().createPlaylist(new CreatePlaylistCommand(owner,
        new PlaylistDetails("Together", null, Visibility.PRIVATE))).playlist().id();
    fakes.useCases.setCollaborator().setCollaborator(new SetCollaboratorCommand(owner, playlist,
        editor.userId().orElseThrow(), PlaylistRole.EDITOR, OptionalLong.empty()));
    long versionBefore = fakes.stores.playlistRepository.findById(playlist).orElseThrow().version();
    List<Song> songs = List.of(song("One"), song("Two"), song("Three"));

    List<AddEntriesCommand> commands = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      commands.add(new AddEntriesCommand(i % 2 == 0 ? owner : editor, playlist, OptionalLong.empty(),
          i == 3 ? List.of(songs.get(0).id(), songs.get(1).id()) : List.of(songs.get(i % 3).id()), null));
    }
    AddEntriesCommand byStranger = new AddEntriesCommand(stranger, playlist, OptionalLong.empty(),
        List.of(songs.get(0).id()), null);
    AddEntriesCommand unknownSong = new AddEntriesCommand(owner, playlist, OptionalLong.empty(),
        List.of(songs.get(0).id(), SongId.generate(clock)), null);
    commands.add(2, byStranger);
    commands.add(6, unknownSong);

    ExecutorService pool = Executors.newFixedThreadPool(commands.size() + 1);
    List<Future<AddedEntries>> answers = new ArrayList<>();
    int transactionsBefore;
    try {
      GateHolder holder = new GateHolder(gate, playlist, pool);
      for (AddEntriesCommand command : commands) {
        answers.add(pool.submit(() -> adds.addEntries(command)));
      }
      GateHolder.awaitUntil(() -> gate.waiting(playlist) == commands.size());
      assertThat(gate.waiting(playlist)).isEqualTo(commands.size());
      transactionsBefore = fakes.tx.transactionsStarted();
      holder.release();

      List<AddedEntries> added = new ArrayList<>();
      for (int i = 0; i < commands.size(); i++) {
        Future<AddedEntries> answer = answers.get(i);
        if (commands.get(i) == byStranger) {
          assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(NotFoundException.class);
        } else if (commands.get(i) == unknownSong) {
          assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ValidationException.class);
        } else {
          added.add(answer.get(10, TimeUnit.SECONDS));
        }
      }
      assertThat(fakes.tx.transactionsStarted() - transactionsBefore).as("one transaction for all").isEqualTo(1);

      assertThat(added).hasSize(8);
      assertThat(added.stream().map(a -> a.playlist().version()))
          .containsExactlyInAnyOrderElementsOf(range(versionBefore + 1, 8));
      List<EntryView> stored = fakes.useCases.listEntries().listEntries(owner, playlist, PageRequest.first(100))
          .items();
      assertThat(stored).hasSize(9);
      for (AddedEntries a : added) {
        // each answer shows the playlist right after its own entries, which sit at its positions
        List<EntryView> mine = a.entries();
        assertThat(a.playlist().entryCount()).isEqualTo(mine.get(mine.size() - 1).entry().position() + 1);
        for (EntryView view : mine) {
          assertThat(stored.get(view.entry().position()).entry().id()).isEqualTo(view.entry().id());
        }
      }
      var playlistNow = fakes.stores.playlistRepository.findById(playlist).orElseThrow();
      assertThat(playlistNow.version()).isEqualTo(versionBefore + 8);
      assertThat(playlistNow.entryCount()).isEqualTo(9);
      assertThat(fakes.useCases.listActivity().listPlaylistActivity(owner, playlist, PageRequest.first(100)).items())
          .filteredOn(a -> a.action() == PlaylistAction.ADD).hasSize(9);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void appendsWithAVersionOrAPositionWaitForTheLockAndRunAlone() throws Exception {
    Actor owner = account();
    PlaylistId playlist = fakes.useCases.createPlaylist().createPlaylist(new CreatePlaylistCommand(owner,
        new PlaylistDetails("Alone", null, Visibility.PUBLIC))).playlist().id();
    Song one = song("One");
    long version = fakes.stores.playlistRepository.findById(playlist).orElseThrow().version();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      GateHolder holder = new GateHolder(gate, playlist, pool);
      Future<AddedEntries> withVersion = pool.submit(() -> adds.addEntries(new AddEntriesCommand(owner, playlist,
          OptionalLong.of(version), List.of(one.id()), null)));
      GateHolder.awaitUntil(() -> gate.lockFor(playlist).getQueueLength() == 1);
      Future<AddedEntries> atPosition = pool.submit(() -> adds.addEntries(new AddEntriesCommand(owner, playlist,
          OptionalLong.empty(), List.of(one.id()), 0)));
      GateHolder.awaitUntil(() -> gate.lockFor(playlist).getQueueLength() == 2);
      assertThat(gate.lockFor(playlist).getQueueLength()).as("both wait for the lock").isEqualTo(2);
      assertThat(gate.waiting(playlist)).as("neither waits to be combined").isZero();
      int transactionsBefore = fakes.tx.transactionsStarted();
      holder.release();
      assertThat(withVersion.get(10, TimeUnit.SECONDS).playlist().version()).isEqualTo(version + 1);
      AddedEntries placed = atPosition.get(10, TimeUnit.SECONDS);
      assertThat(placed.playlist().version()).isEqualTo(version + 2);
      assertThat(placed.entries().get(0).entry().position()).isZero();
      assertThat(fakes.tx.transactionsStarted() - transactionsBefore).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Long> range(long from, int count) {
    List<Long> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(from + i);
    }
    return values;
  }
}
