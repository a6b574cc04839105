package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/** {@link CollaboratorRepository} on PostgreSQL; joins the thread's transaction. */
public final class JdbiCollaboratorRepository implements CollaboratorRepository {

  static final String JOINED = "joined";

  private final CollaboratorDao dao;

  public JdbiCollaboratorRepository(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, CollaboratorDao.class);
  }

  @Override
  public Optional<Collaborator> find(PlaylistId playlist, UserId user) {
    return dao.find(playlist.value(), user.value()).map(CollaboratorRow::toCollaborator);
  }

  @Override
  public void add(Collaborator c) {
    CollaboratorRow row = CollaboratorRow.of(c);
    dao.insert(row.playlistId(), row.userId(), row.role(), row.addedAt());
  }

  @Override
  public void update(Collaborator c) {
    if (dao.updateRole(c.playlistId().value(), c.userId().value(), c.role().wireName()) == 0) {
      throw new IllegalStateException("not a collaborator of " + c.playlistId() + ": " + c.userId());
    }
  }

  @Override
  public boolean remove(PlaylistId playlist, UserId user) {
    return dao.delete(playlist.value(), user.value()) > 0;
  }

  @Override
  public Page<Collaborator> findByPlaylist(PlaylistId playlist, PageRequest page) {
    OffsetDateTime afterAt = null;
    java.util.UUID afterUser = null;
    if (page.cursor().isPresent()) {
      List<String> key = page.cursor().get().keyFor(JOINED, 2);
      afterAt = Times.toColumn(ActivityKeys.instant(key.get(0)));
      afterUser = CatalogOrder.uuid(key.get(1));
    }
    List<CollaboratorRow> rows = dao.findPage(playlist.value(), afterAt, afterUser, page.limit() + 1);
    OptionalLong total = page.includeTotal() ? OptionalLong.of(dao.count(playlist.value())) : OptionalLong.empty();
    return Page.fromLookahead(rows, page.limit(),
            row -> Cursor.of(JOINED, row.addedAt().toInstant().toString(), row.userId().toString()), total)
        .map(CollaboratorRow::toCollaborator);
  }
}
