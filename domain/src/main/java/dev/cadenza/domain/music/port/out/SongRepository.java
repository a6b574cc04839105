package dev.cadenza.domain.music.port.out;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The songs of the catalog, as a collection. */
public interface SongRepository {

  /** Stores a new song (version 1). */
  void add(Song song);

  Optional<Song> findById(SongId id);

  /** The songs of {@code ids} that exist, by id (one store round trip where the store allows). */
  default Map<SongId, Song> findAllById(Collection<SongId> ids) {
    Map<SongId, Song> found = new HashMap<>();
    for (SongId id : ids) {
      findById(id).ifPresent(song -> found.put(id, song));
    }
    return found;
  }

  /**
   * Like {@link #findById}, and inside a transaction also keeps others from changing the song until
   * the transaction ends, so a read-modify-write never loses a concurrent update.
   */
  Optional<Song> findByIdForUpdate(SongId id);

  /**
   * Stores the next version of a song. The stored version must be {@code song.version() - 1};
   * otherwise nothing is written and {@link dev.cadenza.domain.shared.model.ConcurrentModificationException}
   * is thrown.
   */
  void update(Song song);

  /** Removes a song; returns whether it existed. */
  boolean remove(SongId id);

  /** One page of the songs matching {@code filter}, in {@code sort} order. */
  Page<Song> search(SongFilter filter, CatalogSort sort, PageRequest page);

  /**
   * Takes every song off an album (their album becomes empty and their version goes up);
   * returns how many songs changed.
   */
  int detachFromAlbum(AlbumId albumId, Instant at);

  /** How many songs each of the albums has; albums without songs map to 0. */
  Map<AlbumId, Long> countByAlbum(Collection<AlbumId> albumIds);
}
