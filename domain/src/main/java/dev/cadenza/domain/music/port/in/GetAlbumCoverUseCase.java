package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.shared.model.StoredObject;

/**
 * An album's cover image, for anyone: its storage key (whose digest part, see
 * {@link dev.cadenza.domain.music.model.CoverImage#digestOfKey}, identifies the image), media type
 * and bytes. A {@link dev.cadenza.domain.shared.model.NotFoundException} with code
 * {@code AlbumNotFound} for an unknown album, {@code AlbumCoverNotFound} for one without a cover.
 */
public interface GetAlbumCoverUseCase {
  StoredObject getAlbumCover(AlbumId id);
}
