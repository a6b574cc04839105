package dev.cadenza.adapters.rest.files;

import dev.cadenza.domain.playlists.model.ParsedPlaylist;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Extended M3U in UTF-8.
 *
 * <p>Writing: {@code #EXTM3U}, {@code #PLAYLIST:<name>}, then for every track
 * {@code #EXTINF:<seconds or -1>,<performer> - <title>} and its location line (the song's URL when
 * the playlist's location is known, else {@code cadenza:song:<id>}). No BOM, {@code \n} line ends.
 * Line breaks and other control characters in the name, performer or title become spaces. A track
 * without a performer is written as its title alone, or as {@code " - <title>"} when the title
 * itself contains " - ", so that reading it back does not take part of the title for a performer.
 *
 * <p>Reading: a BOM, CRLF or CR line ends, blank lines, comments and unknown directives are
 * accepted. An {@code #EXTINF} line may carry attributes before its comma
 * ({@code #EXTINF:123 tvg-id="x",Artist - Title}); the text after the first comma outside quotes
 * is split at its first " - " into performer and title, and the raw line describes the item. A
 * location line without an {@code #EXTINF} before it is an item named by its file name. An
 * {@code #EXTINF} that no location line follows (another {@code #EXTINF} or the end of the file
 * comes first) is still an item: an import matches on performer and title, not location.
 */
final class M3u8Format {

  private static final String HEADER = "#EXTM3U";
  private static final String EXTINF = "#EXTINF:";
  private static final String PLAYLIST = "#PLAYLIST:";
  /** An {@code #EXTINF} without a comma whose rest starts with a duration holds no title. */
  private static final Pattern STARTS_WITH_DURATION = Pattern.compile("\\s*[-+]?\\d+(\\.\\d*)?(\\s.*)?");

  private M3u8Format() {
  }

  static byte[] write(PlaylistDocument document) {
    StringBuilder out = new StringBuilder(64 + 96 * document.tracks().size());
    out.append(HEADER).append('\n');
    out.append(PLAYLIST).append(Texts.oneLine(document.name())).append('\n');
    for (PlaylistDocument.Track track : document.tracks()) {
      out.append(EXTINF).append(track.durationSeconds().map(String::valueOf).orElse("-1"))
          .append(',').append(extinfTitle(track)).append('\n');
      out.append(Texts.oneLine(Texts.songLocation(document, track.songId()))).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String extinfTitle(PlaylistDocument.Track track) {
    String performer = Texts.oneLine(track.performer());
    String title = Texts.oneLine(track.title());
    if (!performer.isBlank()) {
      return performer + Texts.PERFORMER_TITLE_SEPARATOR + title;
    }
    return title.contains(Texts.PERFORMER_TITLE_SEPARATOR) ? Texts.PERFORMER_TITLE_SEPARATOR + title : title;
  }

  /** Reads {@code text} (already decoded, without BOM) as M3U. */
  static ParsedPlaylist read(String text, int maxItems) {
    ItemList items = new ItemList(maxItems);
    Optional<String> name = Optional.empty();
    String pendingExtinf = null;
    int start = 0;
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String raw = text.substring(start, end).stripLeading();
      String line = raw.stripTrailing();
      start = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
          && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;

      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (startsWithIgnoreCase(line, EXTINF)) {
          if (pendingExtinf != null) {
            addExtinf(items, pendingExtinf);
          }
          pendingExtinf = raw;
        } else if (startsWithIgnoreCase(line, PLAYLIST)) {
          name = Texts.clean(line.substring(PLAYLIST.length()));
        }
        continue;
      }
      if (pendingExtinf != null) {
        addExtinf(items, pendingExtinf);
        pendingExtinf = null;
      } else {
        items.addFromLocation(line);
      }
    }
    if (pendingExtinf != null) {
      addExtinf(items, pendingExtinf);
    }
    return new ParsedPlaylist(PlaylistFileFormat.M3U8, name, Optional.empty(), items.items());
  }

  /** Adds the item of an {@code #EXTINF} line (trailing blanks kept: "Artist - " has no title). */
  private static void addExtinf(ItemList items, String rawLine) {
    Texts.PerformerAndTitle parts =
        Texts.PerformerAndTitle.split(extinfText(rawLine.substring(EXTINF.length())));
    items.addLine(parts.title(), parts.performer(), rawLine.strip());
  }

  /**
   * The title part of an {@code #EXTINF} line's value: what follows the first comma outside double
   * quotes (attribute values may contain commas). With unbalanced quotes, the first comma counts.
   */
  static String extinfText(String value) {
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        return value.substring(i + 1);
      }
    }
    int comma = value.indexOf(',');
    if (comma >= 0) {
      return value.substring(comma + 1);
    }
    return STARTS_WITH_DURATION.matcher(value).matches() ? "" : value;
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
