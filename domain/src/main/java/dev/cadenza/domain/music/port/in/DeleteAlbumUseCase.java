package dev.cadenza.domain.music.port.in;

/**
 * Removes an album. Its songs stay in the catalog with no album (their version goes up, since
 * their representation changes).
 */
public interface DeleteAlbumUseCase {
  void deleteAlbum(DeleteAlbumCommand command);
}
