package dev.cadenza.adapters.cache;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** A song store that forwards every call; tests override what they watch. */
class ForwardingSongRepository implements SongRepository {

  private final SongRepository delegate;

  ForwardingSongRepository(SongRepository delegate) {
    this.delegate = delegate;
  }

  @Override
  public void add(Song song) {
    delegate.add(song);
  }

  @Override
  public Optional<Song> findById(SongId id) {
    return delegate.findById(id);
  }

  @Override
  public Optional<Song> findByIdForUpdate(SongId id) {
    return delegate.findByIdForUpdate(id);
  }

  @Override
  public void update(Song song) {
    delegate.update(song);
  }

  @Override
  public boolean remove(SongId id) {
    return delegate.remove(id);
  }

  @Override
  public Page<Song> search(SongFilter filter, CatalogSort sort, PageRequest page) {
    return delegate.search(filter, sort, page);
  }

  @Override
  public int detachFromAlbum(AlbumId albumId, Instant at) {
    return delegate.detachFromAlbum(albumId, at);
  }

  @Override
  public Map<AlbumId, Long> countByAlbum(Collection<AlbumId> albumIds) {
    return delegate.countByAlbum(albumIds);
  }
}
