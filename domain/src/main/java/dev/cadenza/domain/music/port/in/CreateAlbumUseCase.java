package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.AlbumView;

/** Adds an album to the catalog. */
public interface CreateAlbumUseCase {
  AlbumView createAlbum(CreateAlbumCommand command);
}
