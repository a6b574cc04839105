package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link SongReferences} over a {@link SongRepository}; nothing to lock in memory. */
public final class InMemorySongReferences implements SongReferences {

  private final SongRepository songs;

  public InMemorySongReferences(SongRepository songs) {
    this.songs = songs;
  }

  @Override
  public Map<SongId, SongSummary> findForReference(Collection<SongId> ids) {
    Map<SongId, SongSummary> found = new LinkedHashMap<>();
    for (SongId id : ids) {
      songs.findById(id).ifPresent(s -> found.put(id, new SongSummary(s.id(), s.details().title(),
          s.details().performer(), s.details().durationSeconds())));
    }
    return found;
  }
}
