package dev.cadenza.domain.music.port.in;

import java.util.Objects;

/**
 * The album cover use cases, as one value a driving adapter can be handed. Built by the composition
 * root (or {@code dev.cadenza.domain.music.service.AlbumCoverServices}).
 */
public record AlbumCovers(SetAlbumCoverUseCase setCover, RemoveAlbumCoverUseCase removeCover,
                          GetAlbumCoverUseCase getCover) {
  public AlbumCovers {
    Objects.requireNonNull(setCover, "setCover");
    Objects.requireNonNull(removeCover, "removeCover");
    Objects.requireNonNull(getCover, "getCover");
  }
}
