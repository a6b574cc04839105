package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.GetSongUseCase;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.NotFoundException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

public final class GetSongService implements GetSongUseCase {

  private final SongRepository songs;

  public GetSongService(SongRepository songs) {
    this.songs = songs;
  }

  @Override
  public Song getSong(SongId id) {
    return songs.findById(id).orElseThrow(() -> new NotFoundException(CatalogSupport.SONG, id.toString()));
  }

  @Override
  public Map<SongId, Song> getSongs(Collection<SongId> ids) {
    return songs.findAllById(List.copyOf(new LinkedHashSet<>(ids)));
  }
}
