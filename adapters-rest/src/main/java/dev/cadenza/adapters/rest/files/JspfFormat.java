package dev.cadenza.adapters.rest.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import java.io.IOException;
import java.util.Optional;

/**
 * JSPF, XSPF in JSON, shaped as ListenBrainz writes it: {@code {"playlist": {...}}} with a
 * {@code track} array, durations in milliseconds, and {@code identifier} and {@code location} of a
 * track as arrays of URIs.
 *
 * <p>Written: the playlist's {@code title}, {@code creator} (owner), {@code annotation}
 * (description, when present), {@code date} and {@code identifier} (its URL when known, as
 * ListenBrainz does, else {@code cadenza:playlist:<id>}); per track {@code title}, {@code creator}
 * (performer), {@code album} and {@code duration} when known, {@code identifier}
 * ({@code ["cadenza:song:<id>"]}) and {@code location} ({@code [<song URL>]}, when known). Absent
 * values are left out rather than written as null. No MusicBrainz {@code extension} block is
 * written: its members (MusicBrainz user names, recording MBIDs) are not Cadenza's to fill in.
 *
 * <p>Read: the playlist's {@code title} and {@code annotation}, per track {@code title} and
 * {@code creator}; {@code identifier} and {@code location} may be a string or an array. A track
 * without title and creator is named by the file name of its first location. Everything else
 * ({@code extension}, {@code meta}, {@code link}, ...) is skipped unread.
 */
final class JspfFormat {

  private JspfFormat() {
  }

  static void write(JsonGenerator json, PlaylistDocument document) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("playlist");
    json.writeStringField("title", Texts.wellFormed(document.name()));
    json.writeStringField("creator", Texts.wellFormed(document.owner()));
    if (document.description().isPresent()) {
      json.writeStringField("annotation", Texts.wellFormed(document.description().get()));
    }
    json.writeStringField("date", document.exportedAt().toString());
    json.writeStringField("identifier",
        document.location().map(Texts::wellFormed).orElseGet(() -> Texts.playlistUrn(document)));
    json.writeArrayFieldStart("track");
    for (PlaylistDocument.Track track : document.tracks()) {
      json.writeStartObject();
      json.writeStringField("title", Texts.wellFormed(track.title()));
      json.writeStringField("creator", Texts.wellFormed(track.performer()));
      if (track.album().isPresent()) {
        json.writeStringField("album", Texts.wellFormed(track.album().get()));
      }
      if (track.durationSeconds().isPresent()) {
        json.writeNumberField("duration", track.durationSeconds().get() * 1000L);
      }
      json.writeArrayFieldStart("identifier");
      json.writeString(Texts.songUrn(track.songId()));
      json.writeEndArray();
      Optional<String> url = Texts.songUrl(document, track.songId());
      if (url.isPresent()) {
        json.writeArrayFieldStart("location");
        json.writeString(Texts.wellFormed(url.get()));
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  /**
   * Name and description of a JSPF playlist object; {@code openMusic} when it was the OpenMusic
   * shape ({@link OpenMusicJsonFormat}: {@code name} and a {@code songs} array, no {@code track}).
   */
  record Header(Optional<String> name, Optional<String> description, boolean openMusic) {
  }

  /**
   * Reads the {@code playlist} object the parser stands on, adding an item per track (or per song of
   * an OpenMusic playlist, whose object has the same name).
   */
  static Header readPlaylist(JsonParser json, ItemList items) throws IOException {
    JsonValues.expectObject(json, "playlist");
    Optional<String> title = Optional.empty();
    Optional<String> name = Optional.empty();
    Optional<String> annotation = Optional.empty();
    Optional<String> description = Optional.empty();
    boolean tracks = false;
    boolean songs = false;
    while (json.nextToken() != JsonToken.END_OBJECT) {
      String field = json.currentName();
      json.nextToken();
      switch (field) {
        case "title" -> title = Texts.clean(JsonValues.text(json, "playlist.title"));
        case "annotation" -> annotation = Texts.clean(JsonValues.text(json, "playlist.annotation"));
        case "track" -> {
          tracks = true;
          readTracks(json, items);
        }
        case "name" -> name = Texts.clean(JsonValues.text(json, "playlist.name"));
        case "description" -> description = Texts.clean(JsonValues.text(json, "playlist.description"));
        case "songs" -> {
          songs = true;
          OpenMusicJsonFormat.readSongs(json, items);
        }
        default -> json.skipChildren();
      }
    }
    if (songs && !tracks) {
      return new Header(name.isPresent() ? name : title, description.isPresent() ? description : annotation, true);
    }
    return new Header(title, annotation, false);
  }

  private static void readTracks(JsonParser json, ItemList items) throws IOException {
    JsonValues.expectArray(json, "playlist.track");
    int index = 0;
    while (json.nextToken() != JsonToken.END_ARRAY) {
      String path = "playlist.track[" + index++ + "]";
      JsonValues.expectObject(json, path);
      String title = null;
      String creator = null;
      String location = null;
      String identifier = null;
      while (json.nextToken() != JsonToken.END_OBJECT) {
        String field = json.currentName();
        json.nextToken();
        switch (field) {
          case "title" -> title = JsonValues.text(json, path + ".title");
          case "creator" -> creator = JsonValues.text(json, path + ".creator");
          case "location" -> location = JsonValues.firstText(json, path + ".location");
          case "identifier" -> identifier = JsonValues.firstText(json, path + ".identifier");
          default -> json.skipChildren();
        }
      }
      Optional<String> cleanTitle = Texts.clean(title);
      Optional<String> cleanCreator = Texts.clean(creator);
      if (cleanTitle.isEmpty() && cleanCreator.isEmpty() && location != null && !location.isBlank()) {
        items.addFromLocation(location);
      } else {
        items.add(cleanTitle, cleanCreator, location, identifier);
      }
    }
  }
}
