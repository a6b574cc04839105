package dev.cadenza.domain.playlists.port.out;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.model.TrackQuery;
import java.util.List;
import java.util.Optional;
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

  /**
   * For each query, in order, a catalog song with that title and performer compared without regard
   * to case, accents and runs of white space (the lowest id when several match), or empty. A plain
   * read: it takes no lock.
   */
  List<Optional<SongId>> match(List<TrackQuery> queries);

  /**
   * The title of the album of each song among {@code ids} that is on one, by song id; songs without
   * an album and unknown ids are left out. A plain read: it takes no lock.
   */
  Map<SongId, String> albumTitles(Collection<SongId> ids);
}
