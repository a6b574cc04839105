package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;

/** One song; {@link dev.cadenza.domain.shared.model.NotFoundException} when there is none. */
public interface GetSongUseCase {
  Song getSong(SongId id);
}
