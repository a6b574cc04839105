package dev.cadenza.domain.playlists.port.out;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.SongSummary;
import java.util.Collection;
import java.util.Map;

/**
 * What playlists and libraries need of the catalog: the songs they are about to refer to.
 */
public interface SongReferences {

  /**
   * The songs among {@code ids} that exist, by id. Inside a transaction each song found is also kept
   * from being deleted until the transaction ends (a deletion waits), so a reference made in this
   * transaction never outlives its song. Callers take this before the playlist's lock, the order in
   * which a song deletion takes them too.
   */
  Map<SongId, SongSummary> findForReference(Collection<SongId> ids);
}
