package dev.cadenza.domain.music.port.out;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.shared.model.Actor;
import java.time.Instant;

/**
 * Told when a song is about to leave the catalog, inside the deleting transaction, after the song
 * was locked and before its row goes. Lets other contexts (playlists, libraries) drop what refers to
 * the song in the same transaction without the music context knowing them; the composition root
 * plugs the implementations in. A listener that throws aborts the deletion.
 */
@FunctionalInterface
public interface SongRemovalListener {

  void songRemoved(Song song, Actor actor, Instant at);

  /** Does nothing: the catalog on its own. */
  static SongRemovalListener none() {
    return (song, actor, at) -> { };
  }
}
