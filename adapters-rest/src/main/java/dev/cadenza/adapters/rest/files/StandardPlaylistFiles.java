package dev.cadenza.adapters.rest.files;

import dev.cadenza.domain.playlists.model.ParsedPlaylist;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.port.out.PlaylistFiles;
import dev.cadenza.domain.shared.model.ValidationException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes and reads M3U8, XSPF, JSPF, Cadenza's JSON and OpenMusic's export file with the JDK (StAX) and Jackson's streaming
 * API. Stateless and thread-safe; construct one with {@code new StandardPlaylistFiles()} and share
 * it.
 *
 * <p><b>Writing</b> always produces UTF-8 without BOM and {@code \n} line ends. Songs are
 * identified as {@code cadenza:song:<id>}; when the document's location is a playlist URL
 * {@code <base>/api/v1/playlists/<id>}, each song's URL {@code <base>/api/v1/songs/<id>} is written
 * as its location as well.
 *
 * <p><b>Reading</b> recognises the format from the content: after an optional UTF-8 BOM and
 * leading white space, {@code <} starts XSPF, <code>{</code> starts JSON (JSPF when it has a
 * {@code playlist} object, OpenMusic's when that object has {@code songs} instead of {@code track},
 * Cadenza's JSON when its {@code format} is {@code cadenza.playlist}),
 * and any other text is M3U, with or without the {@code #EXTM3U} header, except a JSON array or a
 * PLS file ({@code [playlist]}), which are refused. Content that is not UTF-8, contains control characters other than
 * tab, CR and LF (binary data), is empty, or is malformed in its format is refused with a
 * {@link ValidationException} on the field {@code file}. Reading stops at the item after
 * {@code maxItems}, refusing the file as having "more than N entries". Values are stripped of
 * surrounding white space, and blank ones are absent.
 *
 * <p><b>What survives a round trip</b> ({@code read(write(format, document))}): titles and
 * performers in order, with commas, quotes, {@code <&>}, accents, CJK and emoji, in every format;
 * the name in every format; the description in every format but M3U8. Lossy cases:
 * <ul>
 *   <li>M3U8 has no description.</li>
 *   <li>M3U8 keeps each track on one line: line breaks, tabs and other control characters in the
 *       name, performer or title are written as spaces.</li>
 *   <li>M3U8 separates performer and title with " - " and the reader splits at the first one, so a
 *       performer that itself contains " - " is read back cut there, the rest joining the title
 *       ("A - B" and "T" come back as "A" and "B - T"). A title containing " - " is safe, also
 *       without a performer (written as {@code " - <title>"}).</li>
 *   <li>XSPF cannot hold control characters other than tab, CR and LF: they are written as spaces;
 *       a CR (or CRLF) comes back as LF, as XML parsers normalise line ends.</li>
 *   <li>Everywhere: surrounding white space is stripped on reading, so a value of only white space
 *       comes back absent; unpaired UTF-16 surrogates are written as U+FFFD.</li>
 * </ul>
 */
public final class StandardPlaylistFiles implements PlaylistFiles {

  private static final char BOM = '\uFEFF';

  private final JsonFormats json = new JsonFormats();

  public StandardPlaylistFiles() {
  }

  @Override
  public byte[] write(PlaylistFileFormat format, PlaylistDocument document) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(document, "document");
    return switch (format) {
      case M3U8 -> M3u8Format.write(document);
      case XSPF -> XspfFormat.write(document);
      case JSON, JSPF, OPENMUSIC -> json.write(format, document);
    };
  }

  @Override
  public ParsedPlaylist read(byte[] content, int maxItems) {
    Objects.requireNonNull(content, "content");
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must not be negative: " + maxItems);
    }
    String text = decode(content);
    int start = text.isEmpty() || text.charAt(0) != BOM ? 0 : 1;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start == text.length()) {
      throw ValidationException.of("file", "is empty");
    }
    refuseBinary(text);
    String body = text.substring(start);
    return switch (body.charAt(0)) {
      case '<' -> XspfFormat.read(body, maxItems);
      case '{' -> json.read(body, maxItems);
      case '[' -> {
        refuseNonM3u(body);
        yield M3u8Format.read(body, maxItems);
      }
      default -> M3u8Format.read(body, maxItems);
    };
  }

  /**
   * Refuses the two kinds of text starting with {@code [} that are not M3U: a PLS file and a JSON
   * array. An M3U path may start with {@code [} too ({@code [2019] Album/01.mp3}).
   */
  private static void refuseNonM3u(String body) {
    if (body.regionMatches(true, 0, "[playlist]", 0, "[playlist]".length())) {
      throw ValidationException.of("file", "is a PLS playlist, which cannot be read; use M3U8, XSPF or JSPF");
    }
    int next = 1;
    while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
      next++;
    }
    if (next == body.length() || "{[\"]".indexOf(body.charAt(next)) >= 0) {
      throw ValidationException.of("file", "is a JSON array, not a playlist in JSPF or Cadenza's JSON format");
    }
  }

  private static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw ValidationException.of("file", "is not UTF-8 text");
    }
  }

  /** Text files hold no control characters but tab, line feed and carriage return. */
  private static void refuseBinary(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        throw ValidationException.of("file", "contains binary data (control character U+"
            + String.format(Locale.ROOT, "%04X", (int) c) + "), so it is not a playlist file");
      }
    }
  }
}
