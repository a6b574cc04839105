package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.playlists.model.ParsedPlaylist;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.port.out.PlaylistFiles;
import dev.cadenza.domain.shared.model.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A minimal {@link PlaylistFiles} for use-case tests: whatever the format asked for, it writes a
 * header line naming the format and the playlist, then one "performer - title" line per track, and
 * reads such files back. The real formats live in an adapter.
 */
public final class LinePlaylistFiles implements PlaylistFiles {

  private static final String HEADER = "#LINES ";

  @Override
  public byte[] write(PlaylistFileFormat format, PlaylistDocument document) {
    StringBuilder out = new StringBuilder(HEADER).append(format.extension()).append(' ').append(document.name())
        .append('\n');
    for (PlaylistDocument.Track t : document.tracks()) {
      out.append(t.performer()).append(" - ").append(t.title()).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public ParsedPlaylist read(byte[] content, int maxItems) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (!text.startsWith(HEADER)) {
      throw ValidationException.of("file", "is not a playlist file");
    }
    String[] lines = text.split("\n");
    String[] header = lines[0].substring(HEADER.length()).split(" ", 2);
    PlaylistFileFormat format = PlaylistFileFormat.named(header[0])
        .orElseThrow(() -> ValidationException.of("file", "names no known format"));
    List<ParsedPlaylist.Item> items = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      if (items.size() == maxItems) {
        throw ValidationException.of("file", "has more than " + maxItems + " entries");
      }
      String[] parts = lines[i].split(" - ", 2);
      items.add(new ParsedPlaylist.Item(items.size() + 1, parts.length == 2 ? Optional.of(parts[1]) : Optional.empty(),
          parts.length == 2 ? Optional.of(parts[0]) : Optional.empty(), lines[i]));
    }
    return new ParsedPlaylist(format, header.length > 1 ? Optional.of(header[1]) : Optional.empty(), Optional.empty(),
        items);
  }
}
