package archfixtures.badnames.domain.music.port.in;

/** Fixture: a use case. */
public interface DeleteSongUseCase {
  void deleteSong(String title);
}
