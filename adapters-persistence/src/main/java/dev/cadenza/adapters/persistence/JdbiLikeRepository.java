package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.port.out.LikeRepository;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link LikeRepository} on PostgreSQL: {@code song_likes} and {@code album_likes}, keyed by
 * (item, user), so liking twice inserts nothing ({@code ON CONFLICT DO NOTHING}). Writes lock the
 * item first ({@link ItemLocks}).
 */
public final class JdbiLikeRepository implements LikeRepository {

  private final LikeDao dao;

  public JdbiLikeRepository(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, LikeDao.class);
  }

  @Override
  public boolean add(CatalogItem item, UserId user, Instant at) {
    dao.lockItem(item.kind(), item.id());
    return ItemTables.referring(item, () -> dao.insert(item.kind(), item.id(), user.value(), Times.toColumn(at)) > 0);
  }

  @Override
  public boolean remove(CatalogItem item, UserId user) {
    dao.lockItem(item.kind(), item.id());
    return dao.delete(item.kind(), item.id(), user.value()) > 0;
  }

  @Override
  public Set<CatalogItem> likedBy(UserId user, Collection<CatalogItem> items) {
    Set<CatalogItem> liked = new HashSet<>();
    for (Map.Entry<ItemKind, List<UUID>> e : ItemTables.idsByKind(items).entrySet()) {
      dao.likedBy(e.getKey(), user.value(), e.getValue()).forEach(id -> liked.add(new CatalogItem(e.getKey(), id)));
    }
    return liked;
  }
}
