package dev.cadenza.adapters.persistence;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.testing.inmemory.InMemorySongRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Beyond ASCII: the same songs give the same pages, in the same order, with the same cursors, in
 * PostgreSQL as in the test kit's fake, whatever the server's locale.
 *
 * <p>One difference remains, left out here: PostgreSQL orders folded titles by code point, the fake
 * by UTF-16 unit ({@link String#compareTo}), and the two disagree when a character from U+E000 to
 * U+FFFF (such as the ligature "ﬁ" or fullwidth letters) meets one beyond U+FFFF (emoji) at the
 * same position.
 */
class SameAsInMemoryFakeTest {

  private static final List<String> TITLES = List.of("Éclair", "eclair", "ÉCLAIR de lune", "Zebra", "zèbre",
      "Straße", "STRASSE", "İstanbul", "istanbul", "ISTANBUL", "ΣΟΦΟΣ", "σοφός", "日本の歌", "Ωmega", "ωmega",
      "Ängel", "angel", "Ñandú", "ñandu", "100% Pure", "snake_case", "back\\slash", "😀 Smile", "Smile 😀", "a",
      "A", "ǅungla", "Ǆungla", "Øresund", "øre", "Œuvre", "œuvre", "Ⅻ Twelve", "ⅻ twelve");
  private static final List<String> PERFORMERS = List.of("Björk", "BJÖRK", "Sigur Rós", "Mötley Crüe",
      "Rammstein", "Ólafur Arnalds", "Beyoncé", "Die Ärzte", "Ελευθερία Αρβανιτάκη", "Καίτη");

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  private static final SongRepository FAKE = new InMemorySongRepository();
  private static SongRepository jdbi;

  @BeforeAll
  static void storeTheSameSongsInBoth() {
    jdbi = new JdbiSongRepository(DB.jdbi());
    Random random = new Random(3);
    for (int i = 0; i < 150; i++) {
      Song song = aSong().id(new SongId(new UUID(random.nextLong(), random.nextLong())))
          .title(TITLES.get(random.nextInt(TITLES.size())))
          .performer(PERFORMERS.get(random.nextInt(PERFORMERS.size())))
          .genre(random.nextBoolean() ? "Música Popular" : "MÚSICA POPULAR BRASILEIRA")
          .year(1990 + random.nextInt(5))
          .build();
      FAKE.add(song);
      jdbi.add(song);
    }
  }

  private static List<String> walk(SongRepository repo, SongFilter filter, CatalogSort sort) {
    List<String> seen = new ArrayList<>();
    PageRequest request = new PageRequest(7, Optional.empty(), true);
    while (true) {
      Page<Song> page = repo.search(filter, sort, request);
      page.items().forEach(s -> seen.add(s.id().toString()));
      page.total().ifPresent(total -> seen.add("total " + total));
      if (page.next().isEmpty()) {
        return seen;
      }
      seen.add("cursor " + page.next().get().token());
      request = new PageRequest(7, page.next(), false);
    }
  }

  @Test
  void everyOrderGivesTheSamePagesAndCursors() {
    for (CatalogSort sort : CatalogSort.values()) {
      assertThat(walk(jdbi, SongFilter.all(), sort)).as(sort.name())
          .containsExactlyElementsOf(walk(FAKE, SongFilter.all(), sort));
    }
  }

  @Test
  void substringAndGenreMatchesAreTheSame() {
    List<SongFilter> filters = List.of(
        new SongFilter("éclair", null, null, null, null, null),
        new SongFilter("ECLAIR", null, null, null, null, null),
        new SongFilter(null, "STRASSE", null, null, null, null),
        new SongFilter(null, "straße", null, null, null, null),
        new SongFilter(null, "i̇stanbul", null, null, null, null),
        new SongFilter(null, "Σοφός", null, null, null, null),
        new SongFilter(null, "の", null, null, null, null),
        new SongFilter(null, "😀", null, null, null, null),
        new SongFilter(null, "\\", null, null, null, null),
        new SongFilter(null, "ØRE", null, null, null, null),
        new SongFilter("björk", null, null, null, null, null),
        new SongFilter(null, null, "αρβανιτάκη", null, null, null),
        new SongFilter(null, null, null, "música popular", null, null),
        new SongFilter(null, null, null, "MÚSICA POPULAR BRASILEIRA", 1992, null));
    for (SongFilter filter : filters) {
      for (CatalogSort sort : CatalogSort.values()) {
        List<String> expected = walk(FAKE, filter, sort);
        assertThat(walk(jdbi, filter, sort)).as(filter + " " + sort).containsExactlyElementsOf(expected);
      }
    }
  }
}
