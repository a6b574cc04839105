package dev.cadenza.adapters.cache;

import dev.cadenza.adapters.cache.CacheDocuments.MemberRef;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistMembership;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Read-through caching of playlists by id (every read of a playlist's entries, details or
 * collaborators checks its reader's access against the playlist first) and of each member's list of
 * playlists. Writes go to the database and evict after commit (the services write playlists only
 * through this port, the song-removal handler included; collaborators through
 * {@link CachingCollaboratorRepository}), and reads inside a transaction (the services' locked reads
 * before a change) never touch the cache. Public playlists of an owner go to the database.
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

  /** The key whose generation names the cached pages of {@code user}'s list of playlists. */
  static String members(UserId user) {
    return "playlist:members:" + user;
  }

  private void changed(PlaylistId id) {
    cache.evictAfterCommit(List.of(key(id)));
  }

  @Override
  public void add(Playlist playlist) {
    delegate.add(playlist);
    cache.evictAfterCommit(List.of(key(playlist.id()), members(playlist.owner())));
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
    Optional<Playlist> removing = delegate.findById(id);
    boolean removed = delegate.remove(id);
    List<String> keys = new ArrayList<>(List.of(key(id)));
    removing.ifPresent(p -> keys.add(members(p.owner())));
    cache.evictAfterCommit(keys);
    return removed;
  }

  @Override
  public Map<PlaylistId, Playlist> findAllById(Collection<PlaylistId> ids) {
    List<PlaylistId> distinct = ids.stream().distinct().toList();
    if (ttl.isZero()) {
      return delegate.findAllById(distinct);
    }
    return cache.readAll(distinct, CachingPlaylistRepository::key, ttl, CacheDocuments.PLAYLIST,
        delegate::findAllById);
  }

  /**
   * A page of the member's list is cached as ids and roles under the member's generation, which every
   * change of the list retires (a playlist created, a collaborator added, changed or removed), and
   * its playlists are read by id as {@link #findById} reads them, so their own changes show at once. A
   * playlist removed since (its collaborators' lists are not retired) sends the read to the database.
   * Pages with a total always go to the database.
   */
  @Override
  public Page<PlaylistMembership> findByMember(UserId user, PageRequest page) {
    if (ttl.isZero() || page.includeTotal()) {
      return delegate.findByMember(user, page);
    }
    Optional<String> generation = cache.generation(List.of(members(user)));
    if (generation.isEmpty()) {
      return delegate.findByMember(user, page);
    }
    String key = "playlist:member-page:" + generation.get() + ":" + user + ":" + CacheDocuments.describe(page);
    AtomicReference<Page<PlaylistMembership>> loaded = new AtomicReference<>();
    Page<MemberRef> refs = cache.read(key, ttl, CacheDocuments.MEMBER_PAGE, () -> {
      Page<PlaylistMembership> found = delegate.findByMember(user, page);
      loaded.set(found);
      return Optional.of(found.map(m -> new MemberRef(m.playlist().id(), m.role())));
    }).orElseThrow();
    if (loaded.get() != null) {
      return loaded.get();
    }
    Map<PlaylistId, Playlist> found = findAllById(refs.items().stream().map(MemberRef::playlist).toList());
    if (refs.items().stream().anyMatch(ref -> !found.containsKey(ref.playlist()))) {
      cache.evictAfterCommit(List.of(members(user)));
      return delegate.findByMember(user, page);
    }
    return refs.map(ref -> new PlaylistMembership(found.get(ref.playlist()), ref.role()));
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
