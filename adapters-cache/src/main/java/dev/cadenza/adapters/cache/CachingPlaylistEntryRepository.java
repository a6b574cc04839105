package dev.cadenza.adapters.cache;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Read-through caching of playlist reads: pages of entries with their songs, and each playlist's
 * total duration. Both are filed under two generations: the playlist's own (every change to its
 * entries evicts it after commit) and the songs' search epoch of {@link CachingSongRepository}
 * (every song change evicts it), so a cached page never outlives a change of an entry or of a song it
 * shows, here or on another instance sharing the store. Single entries, the playlists of a song and
 * every write go to the database.
 */
public final class CachingPlaylistEntryRepository implements PlaylistEntryRepository {

  private final PlaylistEntryRepository delegate;
  private final ReadThroughCache cache;
  private final Duration ttl;

  /** Pages and totals cached for {@code ttl} (zero: nothing cached). */
  public CachingPlaylistEntryRepository(PlaylistEntryRepository delegate, ReadThroughCache cache, Duration ttl) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
  }

  /** The key whose generation names the current pages and total of {@code playlist}. */
  static String epoch(PlaylistId playlist) {
    return "playlist:entries:" + playlist;
  }

  private void changed(PlaylistId playlist) {
    cache.evictAfterCommit(List.of(epoch(playlist)));
  }

  @Override
  public void insert(PlaylistId playlist, int position, List<PlaylistEntry> entries) {
    delegate.insert(playlist, position, entries);
    changed(playlist);
  }

  @Override
  public void append(PlaylistId playlist, int position, List<PlaylistEntry> entries) {
    delegate.append(playlist, position, entries);
    changed(playlist);
  }

  @Override
  public Optional<EntryView> find(PlaylistId playlist, EntryId entry) {
    return delegate.find(playlist, entry);
  }

  @Override
  public void remove(PlaylistEntry entry) {
    delegate.remove(entry);
    changed(entry.playlistId());
  }

  @Override
  public void move(PlaylistEntry entry, int position) {
    delegate.move(entry, position);
    changed(entry.playlistId());
  }

  @Override
  public List<PlaylistEntry> removeSong(PlaylistId playlist, SongId song) {
    List<PlaylistEntry> removed = delegate.removeSong(playlist, song);
    changed(playlist);
    return removed;
  }

  @Override
  public List<PlaylistId> findPlaylistsWithSong(SongId song) {
    return delegate.findPlaylistsWithSong(song);
  }

  @Override
  public Page<EntryView> findByPlaylist(PlaylistId playlist, PageRequest page) {
    if (ttl.isZero()) {
      return delegate.findByPlaylist(playlist, page);
    }
    Optional<String> generation = cache.generation(List.of(epoch(playlist), CachingSongRepository.SEARCH_EPOCH));
    if (generation.isEmpty()) {
      return delegate.findByPlaylist(playlist, page);
    }
    String key = "playlist:page:" + generation.get() + ":" + playlist + ":" + CacheDocuments.describe(page);
    return cache.read(key, ttl, CacheDocuments.ENTRY_PAGE, () -> Optional.of(delegate.findByPlaylist(playlist, page)))
        .orElseThrow();
  }

  @Override
  public Map<PlaylistId, Long> totalDurations(Collection<PlaylistId> playlists) {
    List<PlaylistId> ids = playlists.stream().distinct().toList();
    if (ttl.isZero() || ids.isEmpty()) {
      return delegate.totalDurations(ids);
    }
    List<String> epochs = new ArrayList<>(ids.size() + 1);
    ids.forEach(id -> epochs.add(epoch(id)));
    epochs.add(CachingSongRepository.SEARCH_EPOCH);
    Optional<List<String>> tokens = cache.generations(epochs);
    if (tokens.isEmpty()) {
      return delegate.totalDurations(ids);
    }
    String songs = tokens.get().get(ids.size());
    Map<PlaylistId, String> keys = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      keys.put(ids.get(i), "playlist:duration:" + tokens.get().get(i) + "." + songs + ":" + ids.get(i));
    }
    Map<PlaylistId, Long> totals = new HashMap<>(cache.readAll(ids, keys::get, ttl, CacheDocuments.NUMBER,
        delegate::totalDurations));
    for (PlaylistId id : ids) {
      totals.putIfAbsent(id, 0L);
    }
    return totals;
  }
}
