package dev.cadenza.adapters.rest.files;

import static dev.cadenza.adapters.rest.files.PlaylistDocuments.assertRefused;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.document;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.track;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.playlists.model.ParsedPlaylist.Item;
import dev.cadenza.domain.playlists.model.PlaylistDocument.Track;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code maxItems}: a file with that many items is read; one more is refused before the rest is read. */
class PlaylistFilesLimitsTest {

  private final StandardPlaylistFiles files = new StandardPlaylistFiles();

  private static List<Track> tracks(int count) {
    List<Track> tracks = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      tracks.add(track(i, "Performer " + i, "Title " + i));
    }
    return tracks;
  }

  @ParameterizedTest
  @EnumSource(PlaylistFileFormat.class)
  void exactlyMaxItemsAreReadInOrder(PlaylistFileFormat format) {
    byte[] file = files.write(format, document(tracks(25)));

    List<Item> items = files.read(file, 25).items();

    assertThat(items).hasSize(25);
    assertThat(items).extracting(Item::number).startsWith(1, 2, 3).endsWith(25);
    assertThat(items.get(24).title()).contains("Title 25");
  }

  @ParameterizedTest
  @EnumSource(PlaylistFileFormat.class)
  void oneItemMoreThanMaxItemsIsRefused(PlaylistFileFormat format) {
    byte[] file = files.write(format, document(tracks(26)));

    assertRefused(() -> files.read(file, 25), "more than 25 entries");
  }

  @ParameterizedTest
  @EnumSource(PlaylistFileFormat.class)
  void aZeroLimitRefusesAnyItemButAcceptsAnEmptyPlaylist(PlaylistFileFormat format) {
    assertThat(files.read(files.write(format, document(List.of())), 0).items()).isEmpty();
    assertRefused(() -> files.read(files.write(format, document(tracks(1))), 0), "more than 0 entries");
  }

  /**
   * Reading stops at the item after the limit: the broken end of a (truncated) file that is too
   * long is never reached, so the answer is about the length, not the syntax.
   */
  @ParameterizedTest
  @EnumSource(value = PlaylistFileFormat.class, names = {"XSPF", "JSPF", "JSON"})
  void readingStopsAtTheFirstItemOverTheLimit(PlaylistFileFormat format) {
    String whole = new String(files.write(format, document(tracks(1000))), StandardCharsets.UTF_8);
    String truncated = whole.substring(0, whole.length() / 2);

    assertRefused(() -> files.read(utf8(truncated), 10), "more than 10 entries");
    // with room for every item, the same content fails on its syntax instead
    assertRefused(() -> files.read(utf8(truncated), 1000),
        format == PlaylistFileFormat.XSPF ? "is not well-formed XML" : "is not valid JSON");
  }

  @org.junit.jupiter.api.Test
  void aRefusalOfJacksonsLimitsDoesNotNameJacksonsSettings() {
    String longNumber = "{\"playlist\":{\"title\":\"x\",\"track\":[{\"duration\":" + "9".repeat(1001) + "}]}}";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.read(utf8(longNumber), 100))
        .isInstanceOfSatisfying(dev.cadenza.domain.shared.model.ValidationException.class,
            e -> assertThat(e.violations().get(0).message()).startsWith("is not valid JSON")
                .contains("1000").doesNotContain("StreamReadConstraints").doesNotContain("`"));
  }
}
