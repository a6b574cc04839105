package dev.cadenza.domain.playlists.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an activity row records. Wire names are lower case with dashes ({@code collaborator-add}). */
public enum PlaylistAction {
  /** The playlist was created. */
  CREATE,
  /** The playlist was created from an imported file, with its entries (one row for the whole file). */
  IMPORT,
  /** One entry was added (an add of several songs records one row per entry). */
  ADD,
  /** One entry was removed. */
  REMOVE,
  /** One entry moved. */
  MOVE,
  /** The name changed. */
  RENAME,
  /** The description changed. */
  DESCRIBE,
  /** The visibility changed. */
  VISIBILITY,
  /** A collaborator joined. */
  COLLABORATOR_ADD,
  /** A collaborator's role changed. */
  COLLABORATOR_ROLE,
  /** A collaborator left. */
  COLLABORATOR_REMOVE,
  /** An entry went because its song was deleted from the catalog. */
  SONG_DELETED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<PlaylistAction> fromWireName(String name) {
    return Arrays.stream(values()).filter(a -> a.wireName().equals(name)).findFirst();
  }
}
