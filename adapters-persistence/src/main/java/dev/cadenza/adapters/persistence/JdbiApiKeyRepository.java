package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.ApiKey;
import dev.cadenza.domain.users.model.ApiKeyId;
import dev.cadenza.domain.users.port.out.ApiKeyRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link ApiKeyRepository} on PostgreSQL; joins the thread's transaction like {@link JdbiSongRepository}.
 * An owner's keys are listed newest first by their UUIDv7 ids, with the same cursors as the test
 * kit's fake. {@link #touch} never moves {@code last_used_at} back; the service already limits how
 * often it is called.
 */
public final class JdbiApiKeyRepository implements ApiKeyRepository {

  private static final String ORDERING = "newest";

  private final ApiKeyDao dao;

  public JdbiApiKeyRepository(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, ApiKeyDao.class);
  }

  @Override
  public void add(ApiKey key) {
    dao.insert(ApiKeyRow.of(key));
  }

  @Override
  public Optional<ApiKey> findByPrefix(String prefix) {
    return dao.findByPrefix(prefix).map(ApiKeyRow::toApiKey);
  }

  @Override
  public Optional<ApiKey> findById(ApiKeyId id) {
    return dao.findById(id.value()).map(ApiKeyRow::toApiKey);
  }

  @Override
  public Page<ApiKey> listByOwner(UserId owner, PageRequest page) {
    UUID before = page.cursor().map(c -> CatalogOrder.uuid(c.keyFor(ORDERING, 1).get(0))).orElse(null);
    List<ApiKeyRow> rows = dao.listByOwner(owner.value(), before, page.limit() + 1);
    OptionalLong total = page.includeTotal() ? OptionalLong.of(dao.countByOwner(owner.value())) : OptionalLong.empty();
    return Page.fromLookahead(rows, page.limit(), row -> Cursor.of(ORDERING, row.id().toString()), total)
        .map(ApiKeyRow::toApiKey);
  }

  @Override
  public boolean revoke(ApiKeyId id, Instant at) {
    return dao.revoke(id.value(), Times.toColumn(at)) > 0;
  }

  @Override
  public void touch(ApiKeyId id, Instant at) {
    dao.touch(id.value(), Times.toColumn(at));
  }
}
