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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Songs read by id through the cache ({@code song:<id>}, {@code ttl}). Every change evicts the songs
 * it touched after its commit, including the songs taken off a deleted album.
 *
 * <p>Search pages are cached too, for {@code searchTtl}, under {@code songs:search:<epoch>:<query>},
 * where the epoch is the generation of the key {@value #SEARCH_EPOCH}. Every song change evicts that
 * key after its commit, before the write is acknowledged, which gives it a new generation: every
 * page cached before the change is retired at once, and no read that starts after the
 * acknowledgement can see one. Pages ordered by rating or likes also depend on the songs' figures,
 * so their epoch joins the generation of {@value #FIGURES_EPOCH}, which
 * {@link CachingItemStatsRepository} evicts with every rating or like of a song. The song counts of
 * albums are cached the same way, for {@code ttl}, under {@code songs:count:<epoch>:<album>}: any song
 * change retires them all, so a song that moves from one album to another changes both counts at once.
 * Reads for update go to the database.
 */
public final class CachingSongRepository implements SongRepository {

  /** The key whose generation names the current search pages. */
  static final String SEARCH_EPOCH = "songs:search";
  /** The key whose generation names the current figures of songs (ratings, likes). */
  static final String FIGURES_EPOCH = "songs:figures";

  private final SongRepository delegate;
  private final ReadThroughCache cache;
  private final Duration ttl;
  private final Duration searchTtl;

  /** Songs by id cached for {@code ttl}; searches not cached. */
  public CachingSongRepository(SongRepository delegate, ReadThroughCache cache, Duration ttl) {
    this(delegate, cache, ttl, Duration.ZERO);
  }

  /** The same, with search pages cached for {@code searchTtl} (zero: not cached). */
  public CachingSongRepository(SongRepository delegate, ReadThroughCache cache, Duration ttl, Duration searchTtl) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.searchTtl = Objects.requireNonNull(searchTtl, "searchTtl");
  }

  /**
   * Retires every cached search page at once: for songs, ratings or likes written past the
   * repositories (the admin bulk loaders), whose cached pages would otherwise live out their TTL.
   * Songs cached by id are not touched (a bulk load only adds songs).
   */
  public static void forgetSearches(ReadThroughCache cache) {
    cache.store().evict(List.of(SEARCH_EPOCH, FIGURES_EPOCH));
  }

  private static List<String> changed(SongId id) {
    return List.of(key(id), SEARCH_EPOCH);
  }

  static String key(SongId id) {
    return "song:" + id;
  }

  @Override
  public void add(Song song) {
    delegate.add(song);
    cache.evictAfterCommit(changed(song.id()));
  }

  @Override
  public Optional<Song> findById(SongId id) {
    return cache.read(key(id), ttl, CacheDocuments.SONG, () -> delegate.findById(id));
  }

  /** One round trip to the cache for all of them; the misses are loaded together. */
  @Override
  public Map<SongId, Song> findAllById(Collection<SongId> ids) {
    return cache.readAll(List.copyOf(ids), CachingSongRepository::key, ttl, CacheDocuments.SONG,
        delegate::findAllById);
  }

  @Override
  public Optional<Song> findByIdForUpdate(SongId id) {
    return delegate.findByIdForUpdate(id);
  }

  @Override
  public void update(Song song) {
    delegate.update(song);
    cache.evictAfterCommit(changed(song.id()));
  }

  @Override
  public boolean remove(SongId id) {
    boolean removed = delegate.remove(id);
    cache.evictAfterCommit(changed(id));
    return removed;
  }

  @Override
  public Page<Song> search(SongFilter filter, CatalogSort sort, PageRequest page) {
    if (searchTtl.isZero()) {
      return delegate.search(filter, sort, page);
    }
    boolean byFigures = sort == CatalogSort.RATING || sort == CatalogSort.LIKES;
    Optional<String> epoch = cache.generation(byFigures ? List.of(SEARCH_EPOCH, FIGURES_EPOCH)
        : List.of(SEARCH_EPOCH));
    if (epoch.isEmpty()) {
      return delegate.search(filter, sort, page);
    }
    String key = "songs:search:" + epoch.get() + ":" + CacheDocuments.describe(filter, sort, page);
    return cache.read(key, searchTtl, CacheDocuments.SONG_PAGE, () -> Optional.of(delegate.search(filter, sort, page)))
        .orElseThrow();
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
    keys.add(SEARCH_EPOCH);
    cache.evictAfterCommit(keys);
    return detached;
  }

  @Override
  public Map<AlbumId, Long> countByAlbum(Collection<AlbumId> albumIds) {
    Optional<String> epoch = cache.generation(List.of(SEARCH_EPOCH));
    if (epoch.isEmpty()) {
      return delegate.countByAlbum(albumIds);
    }
    String prefix = "songs:count:" + epoch.get() + ":";
    return cache.readAll(albumIds.stream().distinct().toList(), id -> prefix + id, ttl, CacheDocuments.NUMBER,
        missing -> {
          Map<AlbumId, Long> counted = new HashMap<>(delegate.countByAlbum(missing));
          missing.forEach(id -> counted.putIfAbsent(id, 0L));
          return counted;
        });
  }
}
