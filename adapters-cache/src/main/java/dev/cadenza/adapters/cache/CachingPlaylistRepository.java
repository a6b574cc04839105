package dev.cadenza.adapters.cache;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistMembership;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Read-through caching of playlists by id: every read of a playlist's entries, details or
 * collaborators checks its reader's access against the playlist first. Writes go to the database
 * and evict the playlist after commit (the services write playlists only through this port, the
 * song-removal handler included), and reads inside a transaction (the services' locked reads before
 * a change) never touch the cache. Lists of playlists go to the database.
 */
public final class CachingPlaylistRepository implements PlaylistRepository {

  private final PlaylistRepository delegate;
  private final ReadThroughCache cache;
  private final Duration ttl;

  /** Playlists cached for {@code ttl} (zero: nothing cached). */
  public CachingPlaylistRepository(PlaylistRepository delegate, ReadThroughCache cache, Duration ttl) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
  }

  static String key(PlaylistId id) {
    return "playlist:" + id;
  }

  private void changed(PlaylistId id) {
    cache.evictAfterCommit(List.of(key(id)));
  }

  @Override
  public void add(Playlist playlist) {
    delegate.add(playlist);
    changed(playlist.id());
  }

  @Override
  public Optional<Playlist> findById(PlaylistId id) {
    if (ttl.isZero()) {
      return delegate.findById(id);
    }
    return cache.read(key(id), ttl, CacheDocuments.PLAYLIST, () -> delegate.findById(id));
  }

  @Override
  public Optional<Playlist> findByIdForUpdate(PlaylistId id) {
    return delegate.findByIdForUpdate(id);
  }

  @Override
  public void update(Playlist playlist, long storedVersion) {
    delegate.update(playlist, storedVersion);
    changed(playlist.id());
  }

  @Override
  public boolean remove(PlaylistId id) {
    boolean removed = delegate.remove(id);
    changed(id);
    return removed;
  }

  @Override
  public Page<PlaylistMembership> findByMember(UserId user, PageRequest page) {
    return delegate.findByMember(user, page);
  }

  @Override
  public Page<Playlist> findPublicByOwner(UserId owner, PageRequest page) {
    return delegate.findPublicByOwner(owner, page);
  }

  @Override
  public long countByOwner(UserId owner) {
    return delegate.countByOwner(owner);
  }
}
