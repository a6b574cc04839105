package dev.cadenza.adapters.rest.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import java.io.IOException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Cadenza's own JSON document:
 *
 * <pre>{@code
 * {"format": "cadenza.playlist", "version": 1, "id", "name", "description", "owner", "exportedAt",
 *  "location", "songs": [{"position": 0, "id", "title", "performer", "album", "durationSeconds"}]}
 * }</pre>
 *
 * <p>Every member is always written; an absent description, location, album or duration is
 * {@code null}. Positions count from 0. All text survives exactly (JSON escapes what it must),
 * except unpaired surrogates, which become U+FFFD. Reading takes the name, description and each
 * song's title and performer; songs are numbered in file order, whatever their {@code position}.
 */
final class CadenzaJsonFormat {

  static final String FORMAT = "cadenza.playlist";
  static final int VERSION = 1;

  private CadenzaJsonFormat() {
  }

  static void write(JsonGenerator json, PlaylistDocument document) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", FORMAT);
    json.writeNumberField("version", VERSION);
    json.writeStringField("id", document.id().toString());
    json.writeStringField("name", Texts.wellFormed(document.name()));
    writeOptional(json, "description", document.description());
    json.writeStringField("owner", Texts.wellFormed(document.owner()));
    json.writeStringField("exportedAt", document.exportedAt().toString());
    writeOptional(json, "location", document.location());
    json.writeArrayFieldStart("songs");
    int position = 0;
    for (PlaylistDocument.Track track : document.tracks()) {
      json.writeStartObject();
      json.writeNumberField("position", position++);
      json.writeStringField("id", track.songId().toString());
      json.writeStringField("title", Texts.wellFormed(track.title()));
      json.writeStringField("performer", Texts.wellFormed(track.performer()));
      writeOptional(json, "album", track.album());
      json.writeFieldName("durationSeconds");
      if (track.durationSeconds().isPresent()) {
        json.writeNumber(track.durationSeconds().get());
      } else {
        json.writeNull();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeOptional(JsonGenerator json, String name, Optional<String> value) throws IOException {
    json.writeFieldName(name);
    if (value.isPresent()) {
      json.writeString(Texts.wellFormed(value.get()));
    } else {
      json.writeNull();
    }
  }

  /** Reads the {@code songs} array the parser stands on, adding an item per song. */
  static void readSongs(JsonParser json, ItemList items) throws IOException {
    readSongs(json, items, "songs", id -> "cadenza:song:" + id.strip());
  }

  /**
   * Reads an array of {@code {id, title, performer}} objects (other members skipped) that the parser
   * stands on at {@code arrayPath}, adding an item per song whose location is {@code location} of its id.
   */
  static void readSongs(JsonParser json, ItemList items, String arrayPath, UnaryOperator<String> location)
      throws IOException {
    JsonValues.expectArray(json, arrayPath);
    int index = 0;
    while (json.nextToken() != JsonToken.END_ARRAY) {
      String path = arrayPath + "[" + index++ + "]";
      JsonValues.expectObject(json, path);
      String title = null;
      String performer = null;
      String id = null;
      while (json.nextToken() != JsonToken.END_OBJECT) {
        String field = json.currentName();
        json.nextToken();
        switch (field) {
          case "title" -> title = JsonValues.text(json, path + ".title");
          case "performer" -> performer = JsonValues.text(json, path + ".performer");
          case "id" -> id = JsonValues.text(json, path + ".id");
          default -> json.skipChildren();
        }
      }
      items.add(Texts.clean(title), Texts.clean(performer), id == null ? null : location.apply(id));
    }
  }
}
