package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link SongRepository} on PostgreSQL. Every call runs on the handle of the transaction that
 * {@link JdbiTransactionRunner} opened on this thread, or on a handle of its own outside one.
 */
public final class JdbiSongRepository implements SongRepository {

  private final SongDao dao;

  public JdbiSongRepository(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, SongDao.class);
  }

  @Override
  public void add(Song song) {
    dao.insert(SongRow.of(song));
  }

  @Override
  public Optional<Song> findById(SongId id) {
    return dao.findById(id.value()).map(SongRow::toSong);
  }

  @Override
  public Map<SongId, Song> findAllById(Collection<SongId> ids) {
    Map<SongId, Song> found = new HashMap<>();
    if (!ids.isEmpty()) {
      dao.findAllById(ids.stream().map(SongId::value).distinct().toList())
          .forEach(row -> {
            Song song = row.toSong();
            found.put(song.id(), song);
          });
    }
    return found;
  }

  @Override
  public Optional<Song> findByIdForUpdate(SongId id) {
    return dao.findByIdForUpdate(id.value()).map(SongRow::toSong);
  }

  @Override
  public void update(Song song) {
    if (dao.update(SongRow.of(song)) == 0) {
      throw new ConcurrentModificationException("Song", song.id().toString());
    }
  }

  @Override
  public boolean remove(SongId id) {
    return dao.delete(id.value()) > 0;
  }

  @Override
  public Page<Song> search(SongFilter filter, CatalogSort sort, PageRequest page) {
    Where matching = matching(filter);
    Where after = matching.copy();
    page.cursor().ifPresent(cursor -> CatalogOrder.after(sort, cursor, after));
    OptionalLong total = page.includeTotal() ? OptionalLong.of(dao.count(matching)) : OptionalLong.empty();
    if (CatalogOrder.ranked(sort)) {
      return Page.fromLookahead(dao.searchRanked(after, CatalogOrder.orderBy(sort), page.limit() + 1), page.limit(),
              ranked -> CatalogOrder.cursorOf(sort, ranked.ranking(), ranked.row().id()), total)
          .map(ranked -> ranked.row().toSong());
    }
    List<SongRow> rows = dao.search(after, CatalogOrder.orderBy(sort), page.limit() + 1);
    return Page.fromLookahead(rows, page.limit(),
            row -> CatalogOrder.cursorOf(sort, row.titleFold(), row.year(), row.id()), total)
        .map(SongRow::toSong);
  }

  @Override
  public int detachFromAlbum(AlbumId albumId, Instant at) {
    return dao.detachFromAlbum(albumId.value(), Times.toColumn(at));
  }

  @Override
  public Map<AlbumId, Long> countByAlbum(Collection<AlbumId> albumIds) {
    Map<AlbumId, Long> counts = new HashMap<>();
    if (albumIds.isEmpty()) {
      return counts;
    }
    Map<UUID, Long> stored = dao.countByAlbum(albumIds.stream().map(AlbumId::value).distinct().toList());
    albumIds.forEach(id -> counts.put(id, stored.getOrDefault(id.value(), 0L)));
    return counts;
  }

  /** The conditions of {@code f}; package-private for the tests that explain the query plans. */
  static Where matching(SongFilter f) {
    Where where = new Where();
    if (f.text() != null) {
      where.and("(title_fold LIKE :text OR performer_fold LIKE :text)", "text", Text.containsPattern(f.text()));
    }
    if (f.title() != null) {
      where.and("title_fold LIKE :title", "title", Text.containsPattern(f.title()));
    }
    if (f.performer() != null) {
      where.and("performer_fold LIKE :performer", "performer", Text.containsPattern(f.performer()));
    }
    if (f.genre() != null) {
      where.and("genre_fold = :genre", "genre", Text.fold(f.genre()));
    }
    if (f.year() != null) {
      where.and("year = :year", "year", f.year());
    }
    if (f.albumId() != null) {
      where.and("album_id = :albumId", "albumId", f.albumId().value());
    }
    return where;
  }
}
