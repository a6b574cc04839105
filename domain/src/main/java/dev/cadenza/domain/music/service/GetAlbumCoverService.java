package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.port.in.GetAlbumCoverUseCase;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.StoredObject;
import dev.cadenza.domain.shared.port.out.BlobStore;
import java.util.Objects;

public final class GetAlbumCoverService implements GetAlbumCoverUseCase {

  /** The resource type of a missing cover: its not-found code is {@code AlbumCoverNotFound}. */
  static final String COVER = "AlbumCover";

  private final AlbumRepository albums;
  private final BlobStore blobs;

  public GetAlbumCoverService(AlbumRepository albums, BlobStore blobs) {
    this.albums = Objects.requireNonNull(albums, "albums");
    this.blobs = Objects.requireNonNull(blobs, "blobs");
  }

  @Override
  public StoredObject getAlbumCover(AlbumId id) {
    Album album = albums.findById(id).orElseThrow(() -> new NotFoundException(CatalogSupport.ALBUM, id.toString()));
    String key = album.coverKey().orElseThrow(() -> new NotFoundException(COVER, id.toString()));
    return blobs.get(key).orElseThrow(() -> new NotFoundException(COVER, id.toString()));
  }
}
