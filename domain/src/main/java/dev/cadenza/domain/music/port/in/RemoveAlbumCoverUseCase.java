package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.Album;

/**
 * Removes an album's cover (curators and admins): the album's next version has none, and the image
 * is removed from storage once that is committed. An album without a cover is answered as it is.
 */
public interface RemoveAlbumCoverUseCase {
  Album removeAlbumCover(RemoveAlbumCoverCommand command);
}
