package dev.cadenza.adapters.rest.files;

import static dev.cadenza.adapters.rest.files.PlaylistDocuments.assertRefused;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.ValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Content that is no playlist, or a broken one, is refused with a ValidationException on "file". */
class PlaylistFilesMalformedTest {

  private final StandardPlaylistFiles files = new StandardPlaylistFiles();

  private void refused(String text, String message) {
    assertRefused(() -> files.read(utf8(text), 100), message);
  }

  @Test
  void emptyFilesAreRefused() {
    assertRefused(() -> files.read(new byte[0], 100), "is empty");
    refused("   \r\n\t\n", "is empty");
    refused("\uFEFF", "is empty");
    refused("\uFEFF \n", "is empty");
  }

  @Test
  void invalidUtf8IsRefused() {
    assertRefused(() -> files.read(new byte[] {'#', 'E', 'X', 'T', 'M', '3', 'U', '\n', (byte) 0xC3, '(', '\n'}, 100),
        "is not UTF-8 text");
    // Latin-1 "Motörhead", as an old M3U (not M3U8) would hold it
    assertRefused(() -> files.read("Mot\u00f6rhead - Ace of Spades.mp3\n".getBytes(StandardCharsets.ISO_8859_1), 100),
        "is not UTF-8 text");
    // UTF-16 with its BOM
    assertRefused(() -> files.read("#EXTM3U\n".getBytes(StandardCharsets.UTF_16), 100), "is not UTF-8 text");
  }

  @Test
  void binaryGarbageIsRefused() {
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    assertRefused(() -> files.read(random, 100), "is not UTF-8 text");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertRefused(() -> files.read(png, 100), "is not UTF-8 text");
    // valid UTF-8, but with NUL and other control characters, as binary formats have
    refused("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000song.mp3", "contains binary data");
    refused("#EXTM3U\n#EXTINF:-1,A - B\na.mp3\u0000\n", "contains binary data (control character U+0000)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<playlist xmlns=\"http://xspf.org/ns/0/\" version=\"1\"><title>Unclosed</playlist>",
      "<playlist xmlns=\"http://xspf.org/ns/0/\" version=\"1\"><trackList><track><title>a</title></track>",
      "<playlist xmlns=\"http://xspf.org/ns/0/\"><title>a & b</title></playlist>",
      "<playlist xmlns=\"http://xspf.org/ns/0/\"><title>a</title></playlist><playlist/>",
      "<playlist xmlns=\"http://xspf.org/ns/0/\" version=\"1\" version=\"2\"/>",
      "<playlist xmlns=\"http://xspf.org/ns/0/\"><x:title>a</x:title></playlist>",
      "<",
      "<<<>>>"})
  void brokenXmlIsRefused(String xml) {
    refused(xml, "is not well-formed XML");
  }

  @Test
  void brokenXmlNamesWhereItBroke() {
    refused("<playlist xmlns=\"http://xspf.org/ns/0/\">\n  <title>a</titel>\n</playlist>", "(line 2, column");
  }

  @Test
  void xmlThatIsNotXspfIsRefused() {
    refused("<?xml version=\"1.0\"?><html><body>Not a playlist</body></html>", "is XML but not an XSPF playlist");
    refused("<playlist xmlns=\"http://example.com/other\"/>", "is XML but not an XSPF playlist");
    refused("<?xml version=\"1.0\"?><!-- only a comment -->", "is not well-formed XML");
  }

  @Test
  void anExternalEntityIsNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xml = "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE playlist [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<playlist xmlns=\"http://xspf.org/ns/0/\" version=\"1\"><title>&xxe;</title></playlist>";

    assertRefused(() -> files.read(utf8(xml), 100), "DOCTYPE");
    assertThatThrownBy(() -> files.read(utf8(xml), 100))
        .isInstanceOf(ValidationException.class)
        .message().doesNotContain("TOP-SECRET-CONTENT");
  }

  @Test
  void anExternalDtdIsNotFetched() {
    refused("<?xml version=\"1.0\"?>\n<!DOCTYPE playlist SYSTEM \"http://127.0.0.1:9/xspf.dtd\">\n"
        + "<playlist xmlns=\"http://xspf.org/ns/0/\" version=\"1\"/>", "DOCTYPE");
    refused("<!DOCTYPE playlist [<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %remote;]>"
        + "<playlist xmlns=\"http://xspf.org/ns/0/\" version=\"1\"/>", "DOCTYPE");
  }

  @Test
  void entityExpansionIsRefused() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE playlist [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    xml.append("]>\n<playlist xmlns=\"http://xspf.org/ns/0/\" version=\"1\"><title>&lol9;</title></playlist>");

    refused(xml.toString(), "DOCTYPE");
  }

  @Test
  void anUndeclaredEntityIsRefused() {
    refused("<playlist xmlns=\"http://xspf.org/ns/0/\" version=\"1\"><title>&nbsp;</title></playlist>",
        "is not well-formed XML");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{",
      "{\"playlist\": {\"title\": \"a\",}}",
      "{\"playlist\": {\"track\": [{\"title\": \"a\"}]}",
      "{'playlist': {}}",
      "{\"format\": \"cadenza.playlist\", \"songs\": [}",
      "{\"playlist\": {\"title\": \"unterminated}}",
      "{\"playlist\": {\"title\": \"a\", \"title\": \"b\"}}",
      "{\"playlist\": {}} trailing"})
  void brokenJsonIsRefused(String json) {
    refused(json, "JSON");
  }

  @Test
  void brokenJsonNamesWhereItBroke() {
    refused("{\n  \"playlist\": {\n    \"title\": nope\n  }\n}", "is not valid JSON (line 3, column");
  }

  @Test
  void jsonThatIsNeitherJspfNorCadenzaIsRefused() {
    refused("{}", "is JSON but neither JSPF");
    refused("{\"name\": \"x\", \"songs\": []}", "is JSON but neither JSPF");
    refused("{\"format\": \"other.playlist\", \"songs\": []}", "is JSON of format \"other.playlist\"");
    refused("[{\"title\": \"a\"}]", "is a JSON array");
    refused("[]", "is a JSON array");
    refused("{\"playlist\": {}}{\"playlist\": {}}", "has more content after its JSON object");
  }

  @Test
  void aPlsFileIsRefusedByName() {
    refused("[playlist]\nFile1=a.mp3\nTitle1=A\nNumberOfEntries=1\nVersion=2\n", "is a PLS playlist");
  }

  @Test
  void jsonWithValuesOfTheWrongShapeIsRefused() {
    refused("{\"playlist\": []}", "playlist must be a JSON object");
    refused("{\"playlist\": {\"track\": {\"title\": \"a\"}}}", "playlist.track must be a JSON array");
    refused("{\"playlist\": {\"track\": [\"a\"]}}", "playlist.track[0] must be a JSON object");
    refused("{\"playlist\": {\"track\": [{}, {\"title\": {\"text\": \"a\"}}]}}",
        "playlist.track[1].title must be a string");
    refused("{\"playlist\": {\"title\": [\"a\"]}}", "playlist.title must be a string");
    refused("{\"format\": \"cadenza.playlist\", \"songs\": {}}", "songs must be a JSON array");
    refused("{\"format\": \"cadenza.playlist\", \"songs\": [{\"performer\": [1]}]}",
        "songs[0].performer must be a string");
  }

  @Test
  void aLaterCadenzaVersionIsRefused() {
    refused("{\"format\": \"cadenza.playlist\", \"version\": 2, \"songs\": []}",
        "is a Cadenza playlist of version 2; only version 1 can be read");
    refused("{\"format\": \"cadenza.playlist\", \"version\": \"one\", \"songs\": []}",
        "has a version that is not a whole number (the string \"one\"); version must be the number 1");
    refused("{\"format\": \"cadenza.playlist\", \"version\": \"1\", \"songs\": []}",
        "has a version that is not a whole number (the string \"1\"); version must be the number 1");
    refused("{\"format\": \"cadenza.playlist\", \"version\": 1.5, \"songs\": []}",
        "has a version that is not a whole number (1.5); version must be the number 1");
  }

  @Test
  void aNegativeLimitIsAProgrammingError() {
    assertThatThrownBy(() -> files.read(utf8("#EXTM3U\n"), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
