package dev.cadenza.domain.music.service;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.port.in.DeleteSongCommand;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.out.SongRemovalListener;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryAlbumRepository;
import dev.cadenza.testing.inmemory.InMemoryAuditLog;
import dev.cadenza.testing.inmemory.InMemorySongRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A song deletion tells the listener inside its transaction, while the song is still there. */
class SongRemovalListenerTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");
  private final InMemorySongRepository songs = new InMemorySongRepository();
  private final DirectTransactionRunner tx = new DirectTransactionRunner();
  private final List<String> heard = new ArrayList<>();

  private MusicCatalog catalog(SongRemovalListener listener) {
    return MusicServices.create(songs, new InMemoryAlbumRepository(), actor -> { }, new InMemoryAuditLog(), tx, clock,
        listener);
  }

  private Song stored() {
    Song s = aSong().build();
    songs.add(s);
    return s;
  }

  @Test
  void theListenerHearsTheDeletionInsideTheTransactionBeforeTheSongGoes() {
    Song s = stored();
    MusicCatalog music = catalog((song, actor, at) -> {
      assertThat(tx.inTransaction()).isTrue();
      assertThat(songs.findById(song.id())).isPresent();
      heard.add(song.details().title() + " by " + actor.auditName() + " at " + at);
    });

    music.deleteSong().deleteSong(new DeleteSongCommand(Actor.system(), s.id(), OptionalLong.empty()));

    assertThat(heard).containsExactly(s.details().title() + " by system at " + clock.instant());
    assertThat(songs.findById(s.id())).isEmpty();
  }

  @Test
  void aFailingListenerStopsTheDeletionAndAStaleOneIsNeverTold() {
    Song s = stored();
    MusicCatalog failing = catalog((song, actor, at) -> {
      throw new IllegalStateException("cannot let go");
    });

    assertThatThrownBy(() -> failing.deleteSong().deleteSong(new DeleteSongCommand(Actor.system(), s.id(),
        OptionalLong.empty()))).hasMessage("cannot let go");
    assertThat(songs.findById(s.id())).isPresent();

    MusicCatalog listening = catalog((song, actor, at) -> heard.add("told"));
    assertThatThrownBy(() -> listening.deleteSong().deleteSong(new DeleteSongCommand(Actor.system(), s.id(),
        OptionalLong.of(7)))).isInstanceOf(PreconditionFailedException.class);
    assertThat(heard).isEmpty();
    assertThat(SongRemovalListener.none()).isNotNull();
  }
}
