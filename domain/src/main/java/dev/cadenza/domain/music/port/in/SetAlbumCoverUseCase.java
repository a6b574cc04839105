package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.Album;

/**
 * Uploads an album's cover (curators and admins). The image must be a JPEG, PNG or WebP image by its
 * own bytes, else a {@link dev.cadenza.domain.shared.model.ValidationException} on field
 * {@code cover}. The album's next version refers to the image by a content-addressed key; a cover it
 * had before is removed from storage once the change is committed. Setting the cover it already has
 * changes nothing and answers the album as it is.
 */
public interface SetAlbumCoverUseCase {
  Album setAlbumCover(SetAlbumCoverCommand command);
}
