package archfixtures.embedder.cadenza.domain.music.service;

import archfixtures.embedder.cadenza.domain.music.model.Song;
import archfixtures.embedder.cadenza.domain.music.port.in.AddSongUseCase;
import archfixtures.embedder.cadenza.domain.music.port.out.SongRepository;

/** Fixture: the embedded domain's service. */
public final class AddSongService implements AddSongUseCase {

  private final SongRepository songs;

  public AddSongService(SongRepository songs) {
    this.songs = songs;
  }

  @Override
  public Song addSong(String title) {
    Song song = new Song(title);
    songs.add(song);
    return song;
  }
}
