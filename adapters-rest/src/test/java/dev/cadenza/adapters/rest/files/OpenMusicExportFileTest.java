package dev.cadenza.adapters.rest.files;

import static dev.cadenza.adapters.rest.files.PlaylistDocuments.PLAYLIST_ID;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.document;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.songId;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.track;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.domain.playlists.model.ParsedPlaylist;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The OpenMusic export file: exactly the contract's shape, and recognised as such when read back. */
class OpenMusicExportFileTest {

  private final StandardPlaylistFiles files = new StandardPlaylistFiles();

  @Test
  void isThePlaylistWithItsSongsAsTheContractShapesThem() throws Exception {
    byte[] file = files.write(PlaylistFileFormat.OPENMUSIC, document("Lagu Indie Hits Indonesia", Optional.empty(),
        Optional.empty(), List.of(track(1, "Coldplay", "Fix You", "X&Y", 295), track(2, "Chrisye", "Cinta"))));

    JsonNode json = new ObjectMapper().readTree(file);
    assertThat(json.size()).isEqualTo(1);
    JsonNode playlist = json.path("playlist");
    assertThat(playlist.size()).isEqualTo(3);
    assertThat(playlist.path("id").asText()).isEqualTo(PLAYLIST_ID.toString());
    assertThat(playlist.path("name").asText()).isEqualTo("Lagu Indie Hits Indonesia");
    assertThat(playlist.path("songs")).hasSize(2);
    JsonNode first = playlist.path("songs").get(0);
    assertThat(first.size()).isEqualTo(3);
    assertThat(first.path("id").asText()).isEqualTo(songId(1).toString());
    assertThat(first.path("title").asText()).isEqualTo("Fix You");
    assertThat(first.path("performer").asText()).isEqualTo("Coldplay");
    assertThat(PlaylistFileFormat.OPENMUSIC.fileExtension()).isEqualTo("json");
    assertThat(PlaylistFileFormat.OPENMUSIC.extension()).isEqualTo("openmusic");
  }

  @Test
  void readsBackAsOpenMusicNotJspf() {
    ParsedPlaylist parsed = files.read(("{\"playlist\":{\"id\":\"p\",\"name\":\"Mix\",\"songs\":[{\"id\":\"s\","
        + "\"title\":\"Cinta\",\"performer\":\"Chrisye\"}]}}").getBytes(java.nio.charset.StandardCharsets.UTF_8), 10);

    assertThat(parsed.format()).isEqualTo(PlaylistFileFormat.OPENMUSIC);
    assertThat(parsed.name()).contains("Mix");
    assertThat(parsed.items()).singleElement().satisfies(item -> {
      assertThat(item.title()).contains("Cinta");
      assertThat(item.performer()).contains("Chrisye");
    });
    assertThat(files.read("{\"playlist\":{\"title\":\"J\",\"track\":[]}}".getBytes(
        java.nio.charset.StandardCharsets.UTF_8), 10).format()).isEqualTo(PlaylistFileFormat.JSPF);
  }
}
