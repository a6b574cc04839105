package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.SongSummary;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;

/** Reads songs for reference by the playlists context; see {@link JdbiSongReferences}. */
interface SongReferenceDao extends SqlObject {

  default List<SongSummary> findForKeyShare(Collection<UUID> ids) {
    return getHandle().createQuery("SELECT id, title, performer, duration_seconds FROM songs WHERE id = ANY(:ids)"
            + " ORDER BY id FOR KEY SHARE")
        .bindArray("ids", UUID.class, ids)
        .map((rs, ctx) -> new SongSummary(new SongId(rs.getObject("id", UUID.class)), rs.getString("title"),
            rs.getString("performer"), rs.getObject("duration_seconds", Integer.class)))
        .list();
  }

  /** Song id and album title of each of {@code ids} that is on an album. */
  default Map<UUID, String> albumTitles(Collection<UUID> ids) {
    Map<UUID, String> titles = new LinkedHashMap<>();
    getHandle().createQuery("SELECT s.id, a.title FROM songs s JOIN albums a ON a.id = s.album_id"
            + " WHERE s.id = ANY(:ids)")
        .bindArray("ids", UUID.class, ids)
        .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("title")))
        .forEach(e -> titles.put(e.getKey(), e.getValue()));
    return titles;
  }

  /**
   * For each (title, performer) pair, in order, the lowest id of a song with that title and performer
   * in {@code cadenza_match_fold} form, or null; one statement, one index probe per pair.
   */
  default List<UUID> match(List<String> titles, List<String> performers) {
    return getHandle().createQuery("SELECT (SELECT s.id FROM songs s"
            + " WHERE cadenza_match_fold(s.title) = cadenza_match_fold(q.title)"
            + " AND cadenza_match_fold(s.performer) = cadenza_match_fold(q.performer) ORDER BY s.id LIMIT 1) AS id"
            + " FROM unnest(:titles, :performers) WITH ORDINALITY AS q(title, performer, ord) ORDER BY q.ord")
        .bindArray("titles", String.class, titles)
        .bindArray("performers", String.class, performers)
        .map((rs, ctx) -> rs.getObject("id", UUID.class))
        .list();
  }
}
