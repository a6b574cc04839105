package dev.cadenza.domain.playlists.port.out;

import dev.cadenza.domain.playlists.model.ParsedPlaylist;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;

/** Writes and reads playlist files in every {@link PlaylistFileFormat}. */
public interface PlaylistFiles {

  /** The file for {@code document} in {@code format}, UTF-8 encoded. */
  byte[] write(PlaylistFileFormat format, PlaylistDocument document);

  /**
   * Reads a playlist file, recognising its format from the content itself (M3U8, XSPF, JSPF or
   * Cadenza's JSON). Stops reading after {@code maxItems} + 1 items, so an oversized file costs no
   * more than that.
   *
   * @throws dev.cadenza.domain.shared.model.ValidationException when the content is none of the
   *     formats or is malformed, naming what was wrong
   */
  ParsedPlaylist read(byte[] content, int maxItems);
}
