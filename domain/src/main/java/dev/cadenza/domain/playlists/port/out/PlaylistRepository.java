package dev.cadenza.domain.playlists.port.out;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistMembership;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The playlists, as a collection. Calls join the current transaction. */
public interface PlaylistRepository {

  /** Stores a new playlist (version 1). */
  void add(Playlist playlist);

  Optional<Playlist> findById(PlaylistId id);

  /**
   * The playlists of {@code ids} that exist, by id (absent ids are left out). Adapters answer in one
   * round trip; this default reads them one by one.
   */
  default Map<PlaylistId, Playlist> findAllById(Collection<PlaylistId> ids) {
    Map<PlaylistId, Playlist> found = new LinkedHashMap<>();
    for (PlaylistId id : ids) {
      findById(id).ifPresent(p -> found.put(id, p));
    }
    return found;
  }

  /**
   * Like {@link #findById}, and inside a transaction also keeps every other writer of the playlist
   * (its details, entries and collaborators) waiting until the transaction ends: the services take
   * this lock first, so concurrent edits of one playlist run one after the other.
   */
  Optional<Playlist> findByIdForUpdate(PlaylistId id);

  /**
   * Stores the next version of a playlist. The stored version must be {@code playlist.version() - 1};
   * otherwise nothing is written and {@link dev.cadenza.domain.shared.model.ConcurrentModificationException}
   * is thrown.
   */
  default void update(Playlist playlist) {
    update(playlist, playlist.version() - 1);
  }

  /**
   * Stores a later version of a playlist, several changes after the stored one at once. The stored
   * version must be {@code storedVersion} (less than {@code playlist.version()}); otherwise nothing is
   * written and {@link dev.cadenza.domain.shared.model.ConcurrentModificationException} is thrown.
   */
  void update(Playlist playlist, long storedVersion);

  /** Removes a playlist with its entries, collaborators and activity; returns whether it existed. */
  boolean remove(PlaylistId id);

  /**
   * The playlists {@code user} owns or collaborates on, with the user's role, newest first (by id),
   * keyset-paginated.
   */
  Page<PlaylistMembership> findByMember(UserId user, PageRequest page);

  /** The public playlists {@code owner} owns, newest first (by id), keyset-paginated. */
  Page<Playlist> findPublicByOwner(UserId owner, PageRequest page);

  /** How many playlists {@code owner} owns. */
  long countByOwner(UserId owner);
}
