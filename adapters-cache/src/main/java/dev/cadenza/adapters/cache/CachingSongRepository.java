package dev.cadenza.adapters.cache;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Songs read by id through the cache ({@code song:<id>}, {@code ttl}). Every change evicts the songs
 * it touched after its commit, including the songs taken off a deleted album. Searches, reads for
 * update and counts go to the database.
 */
public final class CachingSongRepository implements SongRepository {

  private final SongRepository delegate;
  private final ReadThroughCache cache;
  private final Duration ttl;

  public CachingSongRepository(SongRepository delegate, ReadThroughCache cache, Duration ttl) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
  }

  static String key(SongId id) {
    return "song:" + id;
  }

  @Override
  public void add(Song song) {
    delegate.add(song);
    cache.evictAfterCommit(List.of(key(song.id())));
  }

  @Override
  public Optional<Song> findById(SongId id) {
    return cache.read(key(id), ttl, CacheDocuments.SONG, () -> delegate.findById(id));
  }

  @Override
  public Optional<Song> findByIdForUpdate(SongId id) {
    return delegate.findByIdForUpdate(id);
  }

  @Override
  public void update(Song song) {
    delegate.update(song);
    cache.evictAfterCommit(List.of(key(song.id())));
  }

  @Override
  public boolean remove(SongId id) {
    boolean removed = delegate.remove(id);
    cache.evictAfterCommit(List.of(key(id)));
    return removed;
  }

  @Override
  public Page<Song> search(SongFilter filter, CatalogSort sort, PageRequest page) {
    return delegate.search(filter, sort, page);
  }

  @Override
  public int detachFromAlbum(AlbumId albumId, Instant at) {
    List<String> keys = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Song> onAlbum = delegate.search(SongFilter.onAlbum(albumId), CatalogSort.RECENT, request);
      onAlbum.items().forEach(s -> keys.add(key(s.id())));
      if (onAlbum.next().isEmpty()) {
        break;
      }
      request = request.after(onAlbum.next().get());
    }
    int detached = delegate.detachFromAlbum(albumId, at);
    cache.evictAfterCommit(keys);
    return detached;
  }

  @Override
  public Map<AlbumId, Long> countByAlbum(Collection<AlbumId> albumIds) {
    return delegate.countByAlbum(albumIds);
  }
}
