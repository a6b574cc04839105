package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.playlists.model.TrackQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link SongReferences} on PostgreSQL: reads the songs with {@code FOR KEY SHARE}, in id order. The
 * lock lets other readers and writers of the song's values through but makes a deletion of the song
 * wait for this transaction, which is exactly the guarantee a new reference (an entry, a saved song)
 * needs; the foreign keys then take the same lock anyway.
 */
public final class JdbiSongReferences implements SongReferences {

  private final SongReferenceDao dao;

  public JdbiSongReferences(Jdbi jdbi) {
    this.dao = CadenzaJdbi.onDemand(jdbi, SongReferenceDao.class);
  }

  @Override
  public Map<SongId, SongSummary> findForReference(Collection<SongId> ids) {
    Map<SongId, SongSummary> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    dao.findForKeyShare(ids.stream().map(SongId::value).distinct().toList()).forEach(s -> found.put(s.id(), s));
    return found;
  }

  @Override
  public Map<SongId, String> albumTitles(Collection<SongId> ids) {
    Map<SongId, String> titles = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return titles;
    }
    dao.albumTitles(ids.stream().map(SongId::value).distinct().toList())
        .forEach((id, title) -> titles.put(new SongId(id), title));
    return titles;
  }

  @Override
  public List<Optional<SongId>> match(List<TrackQuery> queries) {
    List<Optional<SongId>> result = new ArrayList<>(queries.size());
    if (queries.isEmpty()) {
      return result;
    }
    List<UUID> ids = dao.match(queries.stream().map(TrackQuery::title).toList(),
        queries.stream().map(TrackQuery::performer).toList());
    for (UUID id : ids) {
      result.add(Optional.ofNullable(id).map(SongId::new));
    }
    return result;
  }
}
