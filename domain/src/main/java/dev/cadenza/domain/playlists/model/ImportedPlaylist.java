package dev.cadenza.domain.playlists.model;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of an import: the new playlist, the file's format, how many items matched a catalog
 * song, and the items that did not (in file order).
 */
public record ImportedPlaylist(PlaylistView playlist, PlaylistFileFormat format, int matched,
                               List<ParsedPlaylist.Item> unmatched) {
  public ImportedPlaylist {
    Objects.requireNonNull(playlist, "playlist");
    Objects.requireNonNull(format, "format");
    unmatched = List.copyOf(unmatched);
  }
}
