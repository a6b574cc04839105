package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.AlbumView;

/** Replaces or patches an album. */
public interface UpdateAlbumUseCase {
  AlbumView updateAlbum(UpdateAlbumCommand command);
}
