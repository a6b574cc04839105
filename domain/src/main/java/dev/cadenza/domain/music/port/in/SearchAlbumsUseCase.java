package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.shared.model.Page;

/** Finds albums by title, performer or year, a page at a time. */
public interface SearchAlbumsUseCase {
  Page<AlbumView> searchAlbums(SearchAlbumsQuery query);
}
