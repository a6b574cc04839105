package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySong;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** {@link LibraryRepository} on PostgreSQL; joins the thread's transaction. */
public final class JdbiLibraryRepository implements LibraryRepository {

  static final String SAVED = "saved";

  private final LibraryDao dao;

  public JdbiLibraryRepository(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, LibraryDao.class);
  }

  @Override
  public boolean add(LibrarySong song) {
    return dao.insert(song.userId().value(), song.songId().value(), Times.toColumn(song.addedAt()),
        song.listenedAt().map(Times::toColumn).orElse(null)) > 0;
  }

  @Override
  public Optional<LibrarySong> find(UserId user, SongId song) {
    return dao.find(user.value(), song.value()).map(LibrarySongRow::toSong);
  }

  @Override
  public Optional<LibrarySong> findForUpdate(UserId user, SongId song) {
    return dao.findForUpdate(user.value(), song.value()).map(LibrarySongRow::toSong);
  }

  @Override
  public boolean update(LibrarySong song) {
    return dao.updateListened(song.userId().value(), song.songId().value(),
        song.listenedAt().map(Times::toColumn).orElse(null)) > 0;
  }

  @Override
  public boolean remove(UserId user, SongId song) {
    return dao.delete(user.value(), song.value()) > 0;
  }

  @Override
  public int removeSong(SongId song) {
    return dao.deleteSong(song.value());
  }

  @Override
  public Page<LibrarySongView> findByUser(UserId user, Boolean listened, PageRequest page) {
    OffsetDateTime beforeAt = null;
    UUID beforeSong = null;
    if (page.cursor().isPresent()) {
      List<String> key = page.cursor().get().keyFor(SAVED, 2);
      beforeAt = Times.toColumn(ActivityKeys.instant(key.get(0)));
      beforeSong = CatalogOrder.uuid(key.get(1));
    }
    List<LibrarySongRow> rows = dao.findPage(user.value(), listened, beforeAt, beforeSong, page.limit() + 1);
    OptionalLong total = page.includeTotal() ? OptionalLong.of(dao.count(user.value(), listened))
        : OptionalLong.empty();
    return Page.fromLookahead(rows, page.limit(),
            row -> Cursor.of(SAVED, row.addedAt().toInstant().toString(), row.songId().toString()), total)
        .map(LibrarySongRow::toView);
  }

  @Override
  public Counts count(UserId user) {
    long[] counts = dao.counts(user.value());
    return new Counts(counts[0], counts[1]);
  }
}
