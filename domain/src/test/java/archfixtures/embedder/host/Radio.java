package archfixtures.embedder.host;

import archfixtures.embedder.cadenza.domain.music.model.Song;
import archfixtures.embedder.cadenza.domain.music.port.in.AddSongUseCase;

/** Fixture: a host class that uses only incoming ports and models. */
public final class Radio {

  private final AddSongUseCase addSong;

  public Radio(AddSongUseCase addSong) {
    this.addSong = addSong;
  }

  public String play(String title) {
    Song song = addSong.addSong(title);
    return song.title();
  }
}
