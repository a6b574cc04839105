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
   * more than that, and refuses it as having "more than {@code maxItems} entries".
   *
   * @throws dev.cadenza.domain.shared.model.ValidationException on the field {@code file} when the
   *     content is empty, not UTF-8, none of the formats, malformed, or has more than
   *     {@code maxItems} items, naming what was wrong
   */
  ParsedPlaylist read(byte[] content, int maxItems);
}
