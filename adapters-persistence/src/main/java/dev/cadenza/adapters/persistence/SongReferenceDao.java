package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.SongSummary;
import java.util.Collection;
import java.util.List;
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
}
