package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.InvalidCursorException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link PlaylistEntryRepository} on PostgreSQL. Positions are kept dense with range shifts; a page of
 * entries is an index range scan on {@code (playlist_id, position)} joined to the songs, so a page deep
 * in a long playlist costs what the first one does.
 */
public final class JdbiPlaylistEntryRepository implements PlaylistEntryRepository {

  static final String POSITION = "position";

  private final PlaylistEntryDao dao;

  public JdbiPlaylistEntryRepository(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, PlaylistEntryDao.class);
  }

  @Override
  public void insert(PlaylistId playlist, int position, List<PlaylistEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    dao.shiftFrom(playlist.value(), position, entries.size());
    insertRows(playlist, entries);
  }

  /** No entry is at {@code position} or later: no shifting statement. */
  @Override
  public void append(PlaylistId playlist, int position, List<PlaylistEntry> entries) {
    if (!entries.isEmpty()) {
      insertRows(playlist, entries);
    }
  }

  private void insertRows(PlaylistId playlist, List<PlaylistEntry> entries) {
    dao.insertAll(entries.stream().map(e -> new PlaylistEntryRow(e.id().value(), playlist.value(), e.position(),
        e.songId().value(), e.addedBy().value(), Times.toColumn(e.addedAt()), null, null, null)).toList());
  }

  @Override
  public Optional<EntryView> find(PlaylistId playlist, EntryId entry) {
    return dao.findView(playlist.value(), entry.value()).map(PlaylistEntryRow::toView);
  }

  @Override
  public void remove(PlaylistEntry entry) {
    if (dao.delete(entry.playlistId().value(), entry.id().value()) > 0) {
      dao.closeGapAfter(entry.playlistId().value(), entry.position());
    }
  }

  @Override
  public void move(PlaylistEntry entry, int position) {
    if (position != entry.position()) {
      dao.move(entry.playlistId().value(), entry.id().value(), entry.position(), position);
    }
  }

  @Override
  public List<PlaylistEntry> removeSong(PlaylistId playlist, SongId song) {
    List<PlaylistEntryRow> removed = dao.deleteSong(playlist.value(), song.value());
    if (!removed.isEmpty()) {
      dao.renumber(playlist.value());
    }
    return removed.stream().sorted(Comparator.comparingInt(PlaylistEntryRow::position))
        .map(PlaylistEntryRow::toEntry).toList();
  }

  @Override
  public List<PlaylistId> findPlaylistsWithSong(SongId song) {
    return dao.findPlaylistsWithSong(song.value()).stream().map(PlaylistId::new).toList();
  }

  @Override
  public Page<EntryView> findByPlaylist(PlaylistId playlist, PageRequest page) {
    int after = page.cursor().map(JdbiPlaylistEntryRepository::afterPosition).orElse(-1);
    List<PlaylistEntryRow> rows = dao.findPage(playlist.value(), after, page.limit() + 1);
    OptionalLong total = page.includeTotal() ? OptionalLong.of(dao.count(playlist.value())) : OptionalLong.empty();
    return Page.fromLookahead(rows, page.limit(), row -> Cursor.of(POSITION, Integer.toString(row.position())), total)
        .map(PlaylistEntryRow::toView);
  }

  @Override
  public Map<PlaylistId, Long> totalDurations(Collection<PlaylistId> playlists) {
    Map<PlaylistId, Long> totals = new HashMap<>();
    if (playlists.isEmpty()) {
      return totals;
    }
    Map<UUID, Long> stored = dao.totalDurations(playlists.stream().map(PlaylistId::value).distinct().toList());
    playlists.forEach(id -> totals.put(id, stored.getOrDefault(id.value(), 0L)));
    return totals;
  }

  private static int afterPosition(Cursor cursor) {
    String value = cursor.keyFor(POSITION, 1).get(0);
    try {
      int position = Integer.parseInt(value);
      if (position < 0) {
        throw new InvalidCursorException();
      }
      return position;
    } catch (NumberFormatException e) {
      throw new InvalidCursorException();
    }
  }
}
