package dev.cadenza.domain.playlists.model;

import dev.cadenza.domain.shared.model.DomainException;

/** The caller may see the playlist but not do this to it (only its owner may, or owner and editors). */
public class PlaylistAccessDeniedException extends DomainException {
  public PlaylistAccessDeniedException(String message) {
    super("PlaylistAccessDenied", Kind.FORBIDDEN, message);
  }
}
