package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.NotFoundException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** One song; {@link dev.cadenza.domain.shared.model.NotFoundException} when there is none. */
public interface GetSongUseCase {
  Song getSong(SongId id);

  /** The songs of {@code ids} that exist, by id; ids of no song are left out. */
  default Map<SongId, Song> getSongs(Collection<SongId> ids) {
    Map<SongId, Song> found = new HashMap<>();
    for (SongId id : ids) {
      try {
        found.put(id, getSong(id));
      } catch (NotFoundException gone) {
        // left out
      }
    }
    return found;
  }
}
