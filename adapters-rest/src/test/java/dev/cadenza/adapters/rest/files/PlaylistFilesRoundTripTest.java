package dev.cadenza.adapters.rest.files;

import static dev.cadenza.adapters.rest.files.PlaylistDocuments.PLAYLIST_URL;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.document;
import static dev.cadenza.adapters.rest.files.PlaylistDocuments.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cadenza.domain.playlists.model.ParsedPlaylist;
import dev.cadenza.domain.playlists.model.ParsedPlaylist.Item;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import dev.cadenza.domain.playlists.model.PlaylistDocument.Track;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code read(write(format, document))} gives back what the format can carry. */
class PlaylistFilesRoundTripTest {

  private final StandardPlaylistFiles files = new StandardPlaylistFiles();

  /** Performer and title pairs that every format must carry unchanged. */
  static List<String[]> trickyPairs() {
    return List.of(
        new String[] {"Simon & Garfunkel", "The Sound of Silence"},
        new String[] {"AC/DC", "Back in Black"},
        new String[] {"Crosby, Stills, Nash & Young", "Ohio, \"Live\" at 'The Fillmore'"},
        new String[] {"<script>alert('x')</script>", "a < b && c > d ]]> <![CDATA[ &amp; &#x41;"},
        new String[] {"Sigur Rós", "Hoppípolla"},
        new String[] {"坂本龍一", "戦場のメリークリスマス"},
        new String[] {"Björk", "Jóga 🎵🔥 👩‍👩‍👧"},
        new String[] {"فيروز", "نسّم علينا الهوى"},
        new String[] {"Miles Davis", "So What - 2009 Remaster - Live"},
        new String[] {"Artist", "#EXTINF:-1,not a directive"},
        new String[] {"Back\\slash", "C:\\path\\like.mp3 50% off %20 +plus"},
        new String[] {"", "No performer at all"},
        new String[] {"", "No performer - but a separator"},
        new String[] {"Performer without title", ""},
        new String[] {"{\"json\": [1, 2]}", "[bracketed] title"});
  }

  static Stream<Arguments> formats() {
    return Stream.of(PlaylistFileFormat.values()).map(Arguments::of);
  }

  private static PlaylistDocument trickyDocument(String name, Optional<String> description) {
    List<Track> tracks = new ArrayList<>();
    int n = 1;
    for (String[] pair : trickyPairs()) {
      tracks.add(n % 2 == 0 ? track(n, pair[0], pair[1], "Album, \"<&>\" 日本", 100 + n) : track(n, pair[0], pair[1]));
      n++;
    }
    return document(name, description, Optional.of(PLAYLIST_URL), tracks);
  }

  private ParsedPlaylist roundTrip(PlaylistFileFormat format, PlaylistDocument document) {
    return files.read(files.write(format, document), 10_000);
  }

  @ParameterizedTest
  @MethodSource("formats")
  void titlesAndPerformersSurviveInOrder(PlaylistFileFormat format) {
    PlaylistDocument document = trickyDocument("Mix: Rock & Roll <2024> \"Best\", Vol. 1 – 日本 🎸",
        Optional.of("Line one\nLine two & <three> \"four\""));

    ParsedPlaylist parsed = roundTrip(format, document);

    assertThat(parsed.format()).isEqualTo(format);
    assertThat(parsed.name()).contains("Mix: Rock & Roll <2024> \"Best\", Vol. 1 – 日本 🎸");
    if (format == PlaylistFileFormat.M3U8) {
      assertThat(parsed.description()).isEmpty();
    } else {
      assertThat(parsed.description()).contains("Line one\nLine two & <three> \"four\"");
    }
    List<String[]> pairs = trickyPairs();
    assertThat(parsed.items()).hasSize(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      Item item = parsed.items().get(i);
      assertThat(item.number()).isEqualTo(i + 1);
      assertThat(item.performer()).as("performer of item %d in %s", i + 1, format)
          .isEqualTo(nonEmpty(pairs.get(i)[0]));
      assertThat(item.title()).as("title of item %d in %s", i + 1, format)
          .isEqualTo(nonEmpty(pairs.get(i)[1]));
    }
  }

  @ParameterizedTest
  @EnumSource(value = PlaylistFileFormat.class, names = {"JSON", "JSPF", "XSPF"})
  void structuredFormatsDescribeItemsAsPerformerDashTitle(PlaylistFileFormat format) {
    PlaylistDocument document = document(List.of(
        track(1, "Queen", "Bohemian Rhapsody", "A Night at the Opera", 354),
        track(2, "", "Untitled"),
        track(3, "Nobody", "")));

    assertThat(roundTrip(format, document).items())
        .extracting(Item::number, Item::line)
        .containsExactly(tuple(1, "Queen - Bohemian Rhapsody"), tuple(2, "Untitled"), tuple(3, "Nobody"));
  }

  @Test
  void m3u8DescribesItemsByTheirExtinfLine() {
    PlaylistDocument document = document(List.of(
        track(1, "Queen", "Bohemian Rhapsody", "A Night at the Opera", 354), track(2, "", "Untitled")));

    assertThat(roundTrip(PlaylistFileFormat.M3U8, document).items())
        .extracting(Item::line)
        .containsExactly("#EXTINF:354,Queen - Bohemian Rhapsody", "#EXTINF:-1,Untitled");
  }

  @ParameterizedTest
  @MethodSource("formats")
  void anEmptyPlaylistWithoutOptionalPartsSurvives(PlaylistFileFormat format) {
    PlaylistDocument document = document("Nothing yet", Optional.empty(), Optional.empty(), List.of());

    ParsedPlaylist parsed = roundTrip(format, document);

    assertThat(parsed.format()).isEqualTo(format);
    assertThat(parsed.name()).contains("Nothing yet");
    assertThat(parsed.description()).isEmpty();
    assertThat(parsed.items()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void tracksWithoutAlbumDurationOrLocationSurvive(PlaylistFileFormat format) {
    PlaylistDocument document = document("Plain", Optional.empty(), Optional.empty(),
        List.of(track(1, "Nina Simone", "Feeling Good"), track(2, "Nick Drake", "Pink Moon")));

    assertThat(roundTrip(format, document).items())
        .extracting(Item::performer, Item::title)
        .containsExactly(tuple(Optional.of("Nina Simone"), Optional.of("Feeling Good")),
            tuple(Optional.of("Nick Drake"), Optional.of("Pink Moon")));
  }

  @ParameterizedTest
  @EnumSource(value = PlaylistFileFormat.class, names = {"JSON", "JSPF", "XSPF"})
  void aPerformerContainingTheSeparatorSurvivesInStructuredFormats(PlaylistFileFormat format) {
    PlaylistDocument document = document(List.of(track(1, "Rock - Paper - Scissors", "Shoot")));

    assertThat(roundTrip(format, document).items())
        .extracting(Item::performer, Item::title)
        .containsExactly(tuple(Optional.of("Rock - Paper - Scissors"), Optional.of("Shoot")));
  }

  @Test
  void m3u8SplitsAPerformerContainingTheSeparatorAtItsFirstOccurrence() {
    // Documented loss: M3U8 has no way to tell the separator apart from the same text in a name.
    PlaylistDocument document = document(List.of(track(1, "Rock - Paper - Scissors", "Shoot")));

    Item item = roundTrip(PlaylistFileFormat.M3U8, document).items().get(0);

    assertThat(item.performer()).contains("Rock");
    assertThat(item.title()).contains("Paper - Scissors - Shoot");
    assertThat(item.line()).isEqualTo("#EXTINF:-1,Rock - Paper - Scissors - Shoot");
  }

  @ParameterizedTest
  @EnumSource(value = PlaylistFileFormat.class, names = {"JSON", "JSPF"})
  void jsonFormatsKeepLineBreaksExactly(PlaylistFileFormat format) {
    PlaylistDocument document = document(List.of(track(1, "Two\nLines", "CR\r\nLF\rand\u2028separator")));

    assertThat(roundTrip(format, document).items())
        .extracting(Item::performer, Item::title)
        .containsExactly(tuple(Optional.of("Two\nLines"), Optional.of("CR\r\nLF\rand\u2028separator")));
  }

  @Test
  void xspfKeepsLineFeedsAndReadsCarriageReturnsAsLineFeeds() {
    PlaylistDocument document = document(List.of(track(1, "Two\nLines", "CR\r\nLF\rand\u2028separator")));

    assertThat(roundTrip(PlaylistFileFormat.XSPF, document).items())
        .extracting(Item::performer, Item::title)
        .containsExactly(tuple(Optional.of("Two\nLines"), Optional.of("CR\nLF\nand\u2028separator")));
  }

  @Test
  void m3u8WritesLineBreaksAsSpacesSoEveryTrackStaysOnItsLines() {
    PlaylistDocument document = document("Two\nline name", Optional.empty(), Optional.of(PLAYLIST_URL), List.of(
        track(1, "Two\nLines", "CR\r\nLF\rand\u2028separator\u0085next\ttab"),
        track(2, "After", "The break")));

    ParsedPlaylist parsed = roundTrip(PlaylistFileFormat.M3U8, document);

    assertThat(parsed.name()).contains("Two line name");
    assertThat(parsed.items())
        .extracting(Item::performer, Item::title)
        .containsExactly(tuple(Optional.of("Two Lines"), Optional.of("CR  LF and separator next tab")),
            tuple(Optional.of("After"), Optional.of("The break")));
  }

  @ParameterizedTest
  @EnumSource(value = PlaylistFileFormat.class, names = {"JSON", "JSPF", "XSPF"})
  void controlCharactersAndUnpairedSurrogatesDoNotBreakTheFile(PlaylistFileFormat format) {
    PlaylistDocument document = document(List.of(track(1, "Bell\u0007Ringer", "Half \uD83D pair")));

    Item item = roundTrip(format, document).items().get(0);

    assertThat(item.title()).contains("Half \uFFFD pair");
    // JSON escapes the bell; XML 1.0 cannot carry it at all, so XSPF writes a space
    assertThat(item.performer()).contains(format == PlaylistFileFormat.XSPF ? "Bell Ringer" : "Bell\u0007Ringer");
  }

  @ParameterizedTest
  @MethodSource("formats")
  void whiteSpaceAroundValuesIsStrippedAndBlankValuesAreAbsent(PlaylistFileFormat format) {
    PlaylistDocument document = document("  Padded  ", Optional.of("   "), Optional.empty(),
        List.of(track(1, "  Spaced Out  ", "  Title  "), track(2, "   ", "   ")));

    ParsedPlaylist parsed = roundTrip(format, document);

    assertThat(parsed.name()).contains("Padded");
    assertThat(parsed.description()).isEmpty();
    assertThat(parsed.items())
        .extracting(Item::performer, Item::title)
        .containsExactly(tuple(Optional.of("Spaced Out"), Optional.of("Title")),
            tuple(Optional.empty(), Optional.empty()));
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
