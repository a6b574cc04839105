package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistMembership;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link PlaylistRepository} on PostgreSQL; joins the thread's transaction like
 * {@link JdbiSongRepository}. {@link #findByIdForUpdate} is {@code SELECT ... FOR UPDATE}: the lock
 * every writer of a playlist takes first.
 */
public final class JdbiPlaylistRepository implements PlaylistRepository {

  static final String NEWEST = "newest";

  private final PlaylistDao dao;

  public JdbiPlaylistRepository(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, PlaylistDao.class);
  }

  @Override
  public void add(Playlist playlist) {
    dao.insert(PlaylistRow.of(playlist));
  }

  @Override
  public java.util.Optional<Playlist> findById(PlaylistId id) {
    return dao.findById(id.value()).map(PlaylistRow::toPlaylist);
  }

  @Override
  public Map<PlaylistId, Playlist> findAllById(Collection<PlaylistId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<PlaylistId, Playlist> found = new HashMap<>();
    for (PlaylistRow row : dao.findAllById(ids.stream().map(PlaylistId::value).distinct().toList())) {
      Playlist playlist = row.toPlaylist();
      found.put(playlist.id(), playlist);
    }
    return found;
  }

  @Override
  public java.util.Optional<Playlist> findByIdForUpdate(PlaylistId id) {
    return dao.findByIdForUpdate(id.value()).map(PlaylistRow::toPlaylist);
  }

  @Override
  public void update(Playlist playlist, long storedVersion) {
    if (storedVersion >= playlist.version()) {
      throw new IllegalArgumentException("the stored version must come before the new one");
    }
    if (dao.update(PlaylistRow.of(playlist), storedVersion) == 0) {
      throw new ConcurrentModificationException("Playlist", playlist.id().toString());
    }
  }

  @Override
  public boolean remove(PlaylistId id) {
    return dao.delete(id.value()) > 0;
  }

  @Override
  public Page<PlaylistMembership> findByMember(UserId user, PageRequest page) {
    UUID after = page.cursor().map(JdbiPlaylistRepository::afterId).orElse(null);
    List<Map.Entry<PlaylistRow, String>> rows = dao.findByMember(user.value(), after, page.limit() + 1);
    OptionalLong total = page.includeTotal() ? OptionalLong.of(dao.countByMember(user.value())) : OptionalLong.empty();
    return Page.fromLookahead(rows, page.limit(), row -> Cursor.of(NEWEST, row.getKey().id().toString()), total)
        .map(row -> new PlaylistMembership(row.getKey().toPlaylist(), role(row.getValue())));
  }

  @Override
  public Page<Playlist> findPublicByOwner(UserId owner, PageRequest page) {
    UUID after = page.cursor().map(JdbiPlaylistRepository::afterId).orElse(null);
    List<PlaylistRow> rows = dao.findPublicByOwner(owner.value(), after, page.limit() + 1);
    OptionalLong total = page.includeTotal() ? OptionalLong.of(dao.countPublicByOwner(owner.value()))
        : OptionalLong.empty();
    return Page.fromLookahead(rows, page.limit(), row -> Cursor.of(NEWEST, row.id().toString()), total)
        .map(PlaylistRow::toPlaylist);
  }

  @Override
  public long countByOwner(UserId owner) {
    return dao.countByOwner(owner.value());
  }

  private static UUID afterId(Cursor cursor) {
    return CatalogOrder.uuid(cursor.keyFor(NEWEST, 1).get(0));
  }

  static PlaylistRole role(String wire) {
    return PlaylistRole.fromWireName(wire)
        .orElseThrow(() -> new IllegalStateException("unknown playlist role in the database: " + wire));
  }
}
