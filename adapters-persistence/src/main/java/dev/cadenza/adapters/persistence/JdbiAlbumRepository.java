package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/** {@link AlbumRepository} on PostgreSQL; joins the thread's transaction like {@link JdbiSongRepository}. */
public final class JdbiAlbumRepository implements AlbumRepository {

  private final AlbumDao dao;

  public JdbiAlbumRepository(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, AlbumDao.class);
  }

  @Override
  public void add(Album album) {
    dao.insert(AlbumRow.of(album));
  }

  @Override
  public Optional<Album> findById(AlbumId id) {
    return dao.findById(id.value()).map(AlbumRow::toAlbum);
  }

  @Override
  public Optional<Album> findByIdForUpdate(AlbumId id) {
    return dao.findByIdForUpdate(id.value()).map(AlbumRow::toAlbum);
  }

  @Override
  public void update(Album album) {
    if (dao.update(AlbumRow.of(album)) == 0) {
      throw new ConcurrentModificationException("Album", album.id().toString());
    }
  }

  @Override
  public boolean remove(AlbumId id) {
    return dao.delete(id.value()) > 0;
  }

  @Override
  public Page<Album> search(AlbumFilter filter, CatalogSort sort, PageRequest page) {
    Where matching = matching(filter);
    Where after = matching.copy();
    page.cursor().ifPresent(cursor -> CatalogOrder.after(sort, cursor, after));
    OptionalLong total = page.includeTotal() ? OptionalLong.of(dao.count(matching)) : OptionalLong.empty();
    if (CatalogOrder.ranked(sort)) {
      return Page.fromLookahead(dao.searchRanked(after, CatalogOrder.orderBy(sort), page.limit() + 1), page.limit(),
              ranked -> CatalogOrder.cursorOf(sort, ranked.ranking(), ranked.row().id()), total)
          .map(ranked -> ranked.row().toAlbum());
    }
    List<AlbumRow> rows = dao.search(after, CatalogOrder.orderBy(sort), page.limit() + 1);
    return Page.fromLookahead(rows, page.limit(),
            row -> CatalogOrder.cursorOf(sort, row.titleFold(), row.year(), row.id()), total)
        .map(AlbumRow::toAlbum);
  }

  static Where matching(AlbumFilter f) {
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
    if (f.year() != null) {
      where.and("year = :year", "year", f.year());
    }
    return where;
  }
}
