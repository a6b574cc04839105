package dev.cadenza.adapters.rest.files;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.cadenza.domain.playlists.model.ParsedPlaylist;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.shared.model.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The JSON formats, JSPF, Cadenza's own and OpenMusic's, written and read with Jackson's streaming API so
 * that reading never builds a tree of the whole file.
 */
final class JsonFormats {

  /** Refuses duplicate members; writes emoji and other non-BMP characters as UTF-8, not escapes. */
  private final JsonFactory factory = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  byte[] write(PlaylistFileFormat format, PlaylistDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 + 256 * document.tracks().size());
    try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(prettyPrinter());
      switch (format) {
        case JSON -> CadenzaJsonFormat.write(json, document);
        case JSPF -> JspfFormat.write(json, document);
        case OPENMUSIC -> OpenMusicJsonFormat.write(json, document);
        default -> throw new IllegalArgumentException("not a JSON format: " + format);
      }
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + format, e);
    }
    return out.toByteArray();
  }

  /** Two-space indentation, {@code \n} line ends whatever the platform, {@code "name": value}. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * Reads a JSON object: JSPF when it has a {@code playlist} member (OpenMusic's file when that has a
   * {@code songs} array rather than JSPF's {@code track}), Cadenza's JSON when its
   * {@code format} is {@value CadenzaJsonFormat#FORMAT} (which wins if it has both). The members may come in any order, so
   * both are read as they come, each counted against {@code maxItems}, and the choice is made at
   * the end.
   */
  ParsedPlaylist read(String text, int maxItems) {
    try (JsonParser json = factory.createParser(text)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw ValidationException.of("file", "is JSON but not an object, so neither JSPF nor a Cadenza playlist");
      }
      ItemList songs = new ItemList(maxItems);
      ItemList tracks = new ItemList(maxItems);
      JspfFormat.Header jspf = null;
      String format = null;
      JsonToken version = null;
      String versionText = null;
      Optional<String> name = Optional.empty();
      Optional<String> description = Optional.empty();
      while (json.nextToken() != JsonToken.END_OBJECT) {
        String field = json.currentName();
        json.nextToken();
        switch (field) {
          case "playlist" -> jspf = JspfFormat.readPlaylist(json, tracks);
          case "format" -> format = JsonValues.text(json, "format");
          case "version" -> {
            version = json.currentToken();
            versionText = JsonValues.text(json, "version");
          }
          case "name" -> name = Texts.clean(JsonValues.text(json, "name"));
          case "description" -> description = Texts.clean(JsonValues.text(json, "description"));
          case "songs" -> CadenzaJsonFormat.readSongs(json, songs);
          default -> json.skipChildren();
        }
      }
      if (json.nextToken() != null) {
        throw ValidationException.of("file", "has more content after its JSON object");
      }
      if (CadenzaJsonFormat.FORMAT.equals(format)) {
        boolean versionOne = version == null
            || version == JsonToken.VALUE_NUMBER_INT && String.valueOf(CadenzaJsonFormat.VERSION).equals(versionText);
        if (!versionOne) {
          throw ValidationException.of("file", version == JsonToken.VALUE_NUMBER_INT
              ? "is a Cadenza playlist of version " + versionText + "; only version " + CadenzaJsonFormat.VERSION
                  + " can be read"
              : "has a version that is not a whole number (" + (version == JsonToken.VALUE_STRING ? "the string \""
                  + versionText + "\"" : versionText) + "); version must be the number " + CadenzaJsonFormat.VERSION);
        }
        return new ParsedPlaylist(PlaylistFileFormat.JSON, name, description, songs.items());
      }
      if (jspf != null) {
        return new ParsedPlaylist(jspf.openMusic() ? PlaylistFileFormat.OPENMUSIC : PlaylistFileFormat.JSPF,
            jspf.name(), jspf.description(), tracks.items());
      }
      if (format != null) {
        throw ValidationException.of("file", "is JSON of format \"" + format
            + "\", neither JSPF nor a Cadenza playlist (\"" + CadenzaJsonFormat.FORMAT + "\")");
      }
      throw ValidationException.of("file", "is JSON but neither JSPF (no \"playlist\" object) nor a Cadenza"
          + " playlist (no \"format\": \"" + CadenzaJsonFormat.FORMAT + "\")");
    } catch (JsonProcessingException e) {
      throw ValidationException.of("file", "is not valid JSON" + where(e.getLocation()) + ": "
          + dev.cadenza.adapters.rest.problem.Problems.readable(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
