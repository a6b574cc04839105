package dev.cadenza.domain.playlists.model;

/**
 * What a private playlist shows to a signed-in user who is neither its owner, a collaborator nor an
 * admin. {@link #HIDDEN}, Cadenza's rule: it does not exist for them ({@code PlaylistNotFound}).
 * {@link #REFUSED}: they learn that it exists and are refused ({@code PlaylistAccessDenied}), which
 * clients of contracts that answer "forbidden" to non-members expect (OpenMusic).
 */
public enum PlaylistPrivacy {
  HIDDEN, REFUSED
}
