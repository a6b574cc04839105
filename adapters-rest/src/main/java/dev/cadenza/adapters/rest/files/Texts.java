package dev.cadenza.adapters.rest.files;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Text chores the formats share: cleaning values, song locations, names from file paths. */
final class Texts {

  /** The path segment that ends a playlist's URL; the song URLs share everything before it. */
  private static final String PLAYLISTS_PATH = "/api/v1/playlists/";
  private static final String SONGS_PATH = "/api/v1/songs/";
  /** The separator between performer and title in M3U titles and in file names. */
  static final String PERFORMER_TITLE_SEPARATOR = " - ";

  private Texts() {
  }

  /** {@code value} stripped of surrounding white space; empty when null or nothing is left. */
  static Optional<String> clean(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
  }

  /** "performer - title", or whichever of the two is present, or empty. */
  static String describe(Optional<String> performer, Optional<String> title) {
    if (performer.isPresent() && title.isPresent()) {
      return performer.get() + PERFORMER_TITLE_SEPARATOR + title.get();
    }
    return title.or(() -> performer).orElse("");
  }

  /** The canonical, host-independent identifier of a song: {@code cadenza:song:<id>}. */
  static String songUrn(SongId id) {
    return "cadenza:song:" + id;
  }

  /** The canonical, host-independent identifier of a playlist: {@code cadenza:playlist:<id>}. */
  static String playlistUrn(PlaylistDocument document) {
    return "cadenza:playlist:" + document.id();
  }

  /**
   * The song's URL in the service, {@code <base>/api/v1/songs/<id>}, when the document's location
   * is a playlist URL {@code <base>/api/v1/playlists/<id>}; empty otherwise.
   */
  static Optional<String> songUrl(PlaylistDocument document, SongId id) {
    return document.location().flatMap(location -> {
      int at = location.lastIndexOf(PLAYLISTS_PATH);
      return at < 0 ? Optional.empty() : Optional.of(location.substring(0, at) + SONGS_PATH + id);
    });
  }

  /** The song's URL when known, else its {@link #songUrn}: what M3U8 writes as the location. */
  static String songLocation(PlaylistDocument document, SongId id) {
    return songUrl(document, id).orElseGet(() -> songUrn(id));
  }

  /**
   * {@code value} with every unpaired surrogate replaced by U+FFFD, so that it can be encoded as
   * UTF-8 at all.
   */
  static String wellFormed(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(value.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(value.length()).append(value, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString();
  }

  /**
   * {@code value} on one line: line breaks (CR, LF, NEL, U+2028, U+2029), tabs and other control
   * characters become spaces, and unpaired surrogates U+FFFD.
   */
  static String oneLine(String value) {
    String text = wellFormed(value);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean breaks = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      out.append(breaks ? ' ' : c);
    }
    return out.toString();
  }

  /**
   * {@code value} with the characters XML 1.0 cannot carry replaced: control characters other
   * than tab, line feed and carriage return become spaces; unpaired surrogates, U+FFFE and U+FFFF
   * become U+FFFD.
   */
  static String xmlSafe(String value) {
    String text = wellFormed(value);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        out.append(' ');
      } else if (c == '\uFFFE' || c == '\uFFFF') {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Performer and title of a "performer - title" text, split at the first separator. */
  record PerformerAndTitle(Optional<String> performer, Optional<String> title) {

    static PerformerAndTitle split(String text) {
      int at = text.indexOf(PERFORMER_TITLE_SEPARATOR);
      if (at < 0) {
        return new PerformerAndTitle(Optional.empty(), clean(text));
      }
      return new PerformerAndTitle(clean(text.substring(0, at)),
          clean(text.substring(at + PERFORMER_TITLE_SEPARATOR.length())));
    }
  }

  /**
   * The file name a location points at, without directories, query, fragment or extension, and
   * percent-decoded: {@code file:///music/Artist%20-%20Title.flac} gives "Artist - Title",
   * {@code C:\Music\Song.mp3} gives "Song".
   */
  static String fileName(String location) {
    String path = location.strip();
    if (path.contains("://")) {
      path = cutAt(cutAt(path, '#'), '?');
    }
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    String name = percentDecoded(path.substring(slash + 1));
    int dot = name.lastIndexOf('.');
    if (dot > 0 && isExtension(name.substring(dot + 1))) {
      name = name.substring(0, dot);
    }
    return name;
  }

  private static String cutAt(String text, char mark) {
    int at = text.indexOf(mark);
    return at < 0 ? text : text.substring(0, at);
  }

  private static boolean isExtension(String text) {
    if (text.isEmpty() || text.length() > 5) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c < 0x80 && Character.isLetterOrDigit(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code text} with its {@code %XX} escapes decoded as UTF-8. A '+' stays a '+' (a path is not
   * a form); text whose escapes are broken or are not UTF-8 is returned as it was.
   */
  static String percentDecoded(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          return text;
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return text;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(encoded);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return text;
    }
  }
}
