package dev.cadenza.adapters.rest.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * The playlist file of the OpenMusic API's exports:
 *
 * <pre>{@code
 * {"playlist": {"id", "name", "songs": [{"id", "title", "performer"}]}}
 * }</pre>
 *
 * <p>Written exactly so, plus the playlist's {@code description} when it has one (OpenMusic
 * playlists have none; readers of the contract ignore members they do not know). Read: a
 * {@code playlist} object with a {@code songs} array is this format (JSPF's has a {@code track}
 * array instead); its {@code name}, {@code description} and each song's title and performer.
 */
final class OpenMusicJsonFormat {

  private OpenMusicJsonFormat() {
  }

  static void write(JsonGenerator json, PlaylistDocument document) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("playlist");
    json.writeStringField("id", document.id().toString());
    json.writeStringField("name", Texts.wellFormed(document.name()));
    if (document.description().isPresent()) {
      json.writeStringField("description", Texts.wellFormed(document.description().get()));
    }
    json.writeArrayFieldStart("songs");
    for (PlaylistDocument.Track track : document.tracks()) {
      json.writeStartObject();
      json.writeStringField("id", track.songId().toString());
      json.writeStringField("title", Texts.wellFormed(track.title()));
      json.writeStringField("performer", Texts.wellFormed(track.performer()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  /** Reads the {@code playlist.songs} array the parser stands on, adding an item per song. */
  static void readSongs(JsonParser json, ItemList items) throws IOException {
    CadenzaJsonFormat.readSongs(json, items, "playlist.songs", UnaryOperator.identity());
  }
}
