package dev.cadenza.adapters.cache;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Albums read by id through the cache ({@code album:<id>}, {@code ttl}); changes evict after commit. */
public final class CachingAlbumRepository implements AlbumRepository {

  private final AlbumRepository delegate;
  private final ReadThroughCache cache;
  private final Duration ttl;

  public CachingAlbumRepository(AlbumRepository delegate, ReadThroughCache cache, Duration ttl) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
  }

  static String key(AlbumId id) {
    return "album:" + id;
  }

  @Override
  public void add(Album album) {
    delegate.add(album);
    cache.evictAfterCommit(List.of(key(album.id())));
  }

  @Override
  public Optional<Album> findById(AlbumId id) {
    return cache.read(key(id), ttl, CacheDocuments.ALBUM, () -> delegate.findById(id));
  }

  @Override
  public Optional<Album> findByIdForUpdate(AlbumId id) {
    return delegate.findByIdForUpdate(id);
  }

  @Override
  public void update(Album album) {
    delegate.update(album);
    cache.evictAfterCommit(List.of(key(album.id())));
  }

  @Override
  public boolean remove(AlbumId id) {
    boolean removed = delegate.remove(id);
    cache.evictAfterCommit(List.of(key(id)));
    return removed;
  }

  @Override
  public Page<Album> search(AlbumFilter filter, CatalogSort sort, PageRequest page) {
    return delegate.search(filter, sort, page);
  }
}
