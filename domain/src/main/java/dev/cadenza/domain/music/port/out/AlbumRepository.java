package dev.cadenza.domain.music.port.out;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.Optional;

/** The albums of the catalog, as a collection. Same conventions as {@link SongRepository}. */
public interface AlbumRepository {

  void add(Album album);

  Optional<Album> findById(AlbumId id);

  /** Like {@link #findById}, locking the album until the transaction ends. */
  Optional<Album> findByIdForUpdate(AlbumId id);

  /** Stores the next version; see {@link SongRepository#update}. */
  void update(Album album);

  boolean remove(AlbumId id);

  Page<Album> search(AlbumFilter filter, CatalogSort sort, PageRequest page);
}
