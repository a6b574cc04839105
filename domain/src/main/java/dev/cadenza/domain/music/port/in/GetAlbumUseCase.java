package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.AlbumView;

/** One album with its song count; {@link dev.cadenza.domain.shared.model.NotFoundException} when there is none. */
public interface GetAlbumUseCase {
  AlbumView getAlbum(AlbumId id);
}
