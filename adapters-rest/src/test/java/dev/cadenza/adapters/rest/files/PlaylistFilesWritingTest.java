package dev.cadenza.adapters.rest.files;

import static dev.cadenza.adapters.rest.files.PlaylistDocuments.BASE;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.PLAYLIST_ID;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.PLAYLIST_URL;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.document;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.songId;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.track;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What each format writes, checked with independent parsers (JDK DOM, a plain ObjectMapper). */
class PlaylistFilesWritingTest {

  private static final String XSPF = "http://xspf.org/ns/0/";

  private final StandardPlaylistFiles files = new StandardPlaylistFiles();
  private final ObjectMapper mapper = new ObjectMapper();

  private final PlaylistDocument roadTrip = document(List.of(
      track(1, "Queen", "Bohemian Rhapsody", "A Night at the Opera", 354),
      track(2, "Nina Simone", "Feeling Good")));

  @Test
  void m3u8IsExtendedM3uWithSongUrlsDerivedFromThePlaylistUrl() {
    String text = new String(files.write(PlaylistFileFormat.M3U8, roadTrip), StandardCharsets.UTF_8);

    assertThat(text).isEqualTo("#EXTM3U\n"
        + "#PLAYLIST:Road Trip\n"
        + "#EXTINF:354,Queen - Bohemian Rhapsody\n"
        + BASE + "/api/v1/songs/" + songId(1) + "\n"
        + "#EXTINF:-1,Nina Simone - Feeling Good\n"
        + BASE + "/api/v1/songs/" + songId(2) + "\n");
  }

  @Test
  void m3u8UsesSongUrnsWhenThePlaylistHasNoUsableUrl() {
    for (Optional<String> location : List.of(Optional.<String>empty(), Optional.of("https://elsewhere.example/x"))) {
      PlaylistDocument document = document("Plain", Optional.empty(), location, List.of(track(7, "A", "B")));

      String text = new String(files.write(PlaylistFileFormat.M3U8, document), StandardCharsets.UTF_8);

      assertThat(text).endsWith("#EXTINF:-1,A - B\ncadenza:song:" + songId(7) + "\n");
    }
  }

  @Test
  void m3u8KeepsEveryTrackOnTwoLinesWhateverTheText() {
    PlaylistDocument document = document("Name\r\nwith break", Optional.empty(), Optional.empty(), List.of(
        track(1, "Per\nformer", "Ti\rtle\u2028more"), track(2, "", "Only - Title")));

    String text = new String(files.write(PlaylistFileFormat.M3U8, document), StandardCharsets.UTF_8);

    assertThat(text.split("\n", -1)).containsExactly(
        "#EXTM3U",
        "#PLAYLIST:Name  with break",
        "#EXTINF:-1,Per former - Ti tle more",
        "cadenza:song:" + songId(1),
        "#EXTINF:-1, - Only - Title",
        "cadenza:song:" + songId(2),
        "");
  }

  @ParameterizedTest
  @EnumSource(PlaylistFileFormat.class)
  void everyFormatIsUtf8WithoutBomAndWithLineFeedsOnly(PlaylistFileFormat format) {
    byte[] bytes = files.write(format, document(List.of(track(1, "Sigur Rós", "Hoppípolla 🎵"))));

    assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").contains("Sigur Rós").contains("Hoppípolla 🎵").endsWith("\n");
  }

  @Test
  void xspfIsVersionOneInItsNamespaceWithEscapedText() throws Exception {
    PlaylistDocument document = document(List.of(
        track(1, "Tom & Jerry <live>", "a < b ]]> \"c\"", "A Night at the Opera", 354),
        track(2, "Nina Simone", "Feeling Good")));
    byte[] bytes = files.write(PlaylistFileFormat.XSPF, document);
    String text = new String(bytes, StandardCharsets.UTF_8);

    assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("Tom &amp; Jerry &lt;live&gt;")
        .doesNotContain("]]>");
    Element playlist = parseXml(bytes).getDocumentElement();
    assertThat(playlist.getNamespaceURI()).isEqualTo(XSPF);
    assertThat(playlist.getLocalName()).isEqualTo("playlist");
    assertThat(playlist.getAttribute("version")).isEqualTo("1");
    assertThat(child(playlist, "title")).isEqualTo("Road Trip");
    assertThat(child(playlist, "creator")).isEqualTo("ada");
    assertThat(child(playlist, "annotation")).isEqualTo("Songs for the road");
    assertThat(child(playlist, "location")).isEqualTo(PLAYLIST_URL);
    assertThat(child(playlist, "identifier")).isEqualTo("cadenza:playlist:" + PLAYLIST_ID);
    assertThat(child(playlist, "date")).isEqualTo("2024-05-06T07:08:09Z");

    NodeList tracks = playlist.getElementsByTagNameNS(XSPF, "track");
    assertThat(tracks.getLength()).isEqualTo(2);
    Element first = (Element) tracks.item(0);
    assertThat(child(first, "location")).isEqualTo(BASE + "/api/v1/songs/" + songId(1));
    assertThat(child(first, "identifier")).isEqualTo("cadenza:song:" + songId(1));
    assertThat(child(first, "title")).isEqualTo("a < b ]]> \"c\"");
    assertThat(child(first, "creator")).isEqualTo("Tom & Jerry <live>");
    assertThat(child(first, "album")).isEqualTo("A Night at the Opera");
    assertThat(child(first, "duration")).isEqualTo("354000");
    Element second = (Element) tracks.item(1);
    assertThat(second.getElementsByTagNameNS(XSPF, "album").getLength()).isZero();
    assertThat(second.getElementsByTagNameNS(XSPF, "duration").getLength()).isZero();
  }

  @Test
  void xspfLeavesTrackLocationsOutWhenThePlaylistHasNoUrl() throws Exception {
    PlaylistDocument document = document("Plain", Optional.empty(), Optional.empty(), List.of(track(3, "A", "B")));

    Element playlist = parseXml(files.write(PlaylistFileFormat.XSPF, document)).getDocumentElement();

    assertThat(playlist.getElementsByTagNameNS(XSPF, "location").getLength()).isZero();
    assertThat(playlist.getElementsByTagNameNS(XSPF, "annotation").getLength()).isZero();
    assertThat(child((Element) playlist.getElementsByTagNameNS(XSPF, "track").item(0), "identifier"))
        .isEqualTo("cadenza:song:" + songId(3));
  }

  @Test
  void cadenzaJsonHasEveryMemberWithNullsForAbsentValues() throws Exception {
    JsonNode json = mapper.readTree(files.write(PlaylistFileFormat.JSON, roadTrip));

    assertThat(json.get("format").asText()).isEqualTo("cadenza.playlist");
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("id").asText()).isEqualTo(PLAYLIST_ID.toString());
    assertThat(json.get("name").asText()).isEqualTo("Road Trip");
    assertThat(json.get("description").asText()).isEqualTo("Songs for the road");
    assertThat(json.get("owner").asText()).isEqualTo("ada");
    assertThat(json.get("exportedAt").asText()).isEqualTo("2024-05-06T07:08:09Z");
    assertThat(json.get("location").asText()).isEqualTo(PLAYLIST_URL);
    JsonNode songs = json.get("songs");
    assertThat(songs).hasSize(2);
    assertThat(songs.get(0).get("position").asInt()).isZero();
    assertThat(songs.get(0).get("id").asText()).isEqualTo(songId(1).toString());
    assertThat(songs.get(0).get("title").asText()).isEqualTo("Bohemian Rhapsody");
    assertThat(songs.get(0).get("performer").asText()).isEqualTo("Queen");
    assertThat(songs.get(0).get("album").asText()).isEqualTo("A Night at the Opera");
    assertThat(songs.get(0).get("durationSeconds").asInt()).isEqualTo(354);
    assertThat(songs.get(1).get("position").asInt()).isEqualTo(1);
    assertThat(songs.get(1).get("album").isNull()).isTrue();
    assertThat(songs.get(1).get("durationSeconds").isNull()).isTrue();

    PlaylistDocument bare = document("Bare", Optional.empty(), Optional.empty(), List.of());
    JsonNode bareJson = mapper.readTree(files.write(PlaylistFileFormat.JSON, bare));
    assertThat(bareJson.get("description").isNull()).isTrue();
    assertThat(bareJson.get("location").isNull()).isTrue();
    assertThat(bareJson.get("songs")).isEmpty();
  }

  @Test
  void jspfIsShapedAsListenBrainzWritesIt() throws Exception {
    JsonNode playlist = mapper.readTree(files.write(PlaylistFileFormat.JSPF, roadTrip)).get("playlist");

    assertThat(playlist.get("title").asText()).isEqualTo("Road Trip");
    assertThat(playlist.get("creator").asText()).isEqualTo("ada");
    assertThat(playlist.get("annotation").asText()).isEqualTo("Songs for the road");
    assertThat(playlist.get("date").asText()).isEqualTo("2024-05-06T07:08:09Z");
    assertThat(playlist.get("identifier").asText()).isEqualTo(PLAYLIST_URL);
    JsonNode first = playlist.get("track").get(0);
    assertThat(first.get("title").asText()).isEqualTo("Bohemian Rhapsody");
    assertThat(first.get("creator").asText()).isEqualTo("Queen");
    assertThat(first.get("album").asText()).isEqualTo("A Night at the Opera");
    assertThat(first.get("duration").asLong()).isEqualTo(354_000L);
    assertThat(first.get("identifier").isArray()).isTrue();
    assertThat(first.get("identifier").get(0).asText()).isEqualTo("cadenza:song:" + songId(1));
    assertThat(first.get("location").get(0).asText()).isEqualTo(BASE + "/api/v1/songs/" + songId(1));
    JsonNode second = playlist.get("track").get(1);
    assertThat(second.has("album")).isFalse();
    assertThat(second.has("duration")).isFalse();

    PlaylistDocument bare = document("Bare", Optional.empty(), Optional.empty(), List.of(track(4, "A", "B")));
    JsonNode barePlaylist = mapper.readTree(files.write(PlaylistFileFormat.JSPF, bare)).get("playlist");
    assertThat(barePlaylist.has("annotation")).isFalse();
    assertThat(barePlaylist.get("identifier").asText()).isEqualTo("cadenza:playlist:" + PLAYLIST_ID);
    assertThat(barePlaylist.get("track").get(0).has("location")).isFalse();
  }

  private static Document parseXml(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  /** The text of the first direct child named {@code name} in the XSPF namespace. */
  private static String child(Element parent, String name) {
    for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && XSPF.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        return element.getTextContent();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
  }
}
