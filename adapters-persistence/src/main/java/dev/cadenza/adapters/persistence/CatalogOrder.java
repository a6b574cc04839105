package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.InvalidCursorException;
import dev.cadenza.domain.shared.model.Uuids;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The keyset orders of the catalog tables (songs and albums share the columns {@code title_fold},
 * {@code year} and {@code id}). Each order matches a b-tree index, and a page after a cursor is a
 * row comparison on the same columns, so a page deep into a listing costs what the first one does.
 *
 * <p>The orders {@code rating} and {@code likes} read the item's stats row ({@code song_stats},
 * {@code album_stats}), joined 1:1 by {@code item_id}; every key of theirs runs descending, so a
 * page is a backward walk of the stats table's order index and the cursor a row comparison with
 * {@code <}.
 *
 * <p>The orders are those of the test kit's fakes: {@code title_fold} is compared by code point
 * ({@code COLLATE "C"}) and ids as PostgreSQL compares {@code uuid}s, by unsigned bytes.
 */
final class CatalogOrder {

  private CatalogOrder() {
  }

  static String orderBy(CatalogSort sort) {
    return switch (sort) {
      case TITLE -> " ORDER BY title_fold, id";
      case YEAR -> " ORDER BY year, id";
      case RECENT -> " ORDER BY id DESC";
      case RATING -> " ORDER BY rating_average DESC, rating_count DESC, item_id DESC";
      case LIKES -> " ORDER BY like_count DESC, item_id DESC";
    };
  }

  /** Whether the order reads the stats table, which the listing then joins. */
  static boolean ranked(CatalogSort sort) {
    return sort == CatalogSort.RATING || sort == CatalogSort.LIKES;
  }

  /** Restricts {@code where} to the rows after {@code cursor}; refuses cursors of other orders. */
  static void after(CatalogSort sort, Cursor cursor, Where where) {
    String ordering = sort.wireName();
    switch (sort) {
      case TITLE -> {
        List<String> key = cursor.keyFor(ordering, 2);
        where.and("(title_fold, id) > (:afterTitle, :afterId)", "afterTitle", text(key.get(0)),
            "afterId", uuid(key.get(1)));
      }
      case YEAR -> {
        List<String> key = cursor.keyFor(ordering, 2);
        where.and("(year, id) > (:afterYear, :afterId)", "afterYear", integer(key.get(0)),
            "afterId", uuid(key.get(1)));
      }
      case RECENT -> where.and("id < :afterId", "afterId", uuid(cursor.keyFor(ordering, 1).get(0)));
      case RATING -> {
        List<String> key = cursor.keyFor(ordering, 3);
        where.and("(rating_average, rating_count, item_id) < (:afterAverage, :afterCount, :afterId)",
            "afterAverage", decimal(key.get(0)), "afterCount", longValue(key.get(1)), "afterId", uuid(key.get(2)));
      }
      case LIKES -> {
        List<String> key = cursor.keyFor(ordering, 2);
        where.and("(like_count, item_id) < (:afterLikes, :afterId)", "afterLikes", longValue(key.get(0)),
            "afterId", uuid(key.get(1)));
      }
      default -> throw new IllegalArgumentException(sort.name());
    }
  }

  /** The cursor pointing after a row with these keys; the same values the fakes put in theirs. */
  static Cursor cursorOf(CatalogSort sort, String titleFold, int year, UUID id) {
    String ordering = sort.wireName();
    return switch (sort) {
      case TITLE -> Cursor.of(ordering, titleFold, id.toString());
      case YEAR -> Cursor.of(ordering, String.valueOf(year), id.toString());
      case RECENT -> Cursor.of(ordering, id.toString());
      case RATING, LIKES -> throw new IllegalArgumentException(sort + " is a ranked order");
    };
  }

  /** The cursor pointing after a row of a ranked order, with its stats. */
  static Cursor cursorOf(CatalogSort sort, Ranking ranking, UUID id) {
    String ordering = sort.wireName();
    return switch (sort) {
      case RATING -> Cursor.of(ordering, ranking.average().toPlainString(), Long.toString(ranking.ratingCount()),
          id.toString());
      case LIKES -> Cursor.of(ordering, Long.toString(ranking.likes()), id.toString());
      default -> throw new IllegalArgumentException(sort + " is not a ranked order");
    };
  }

  static UUID uuid(String text) {
    // strict: UUID.fromString takes short groups ("1a24e45-...") and would read a cut cursor as another id
    return Uuids.parse(text).orElseThrow(InvalidCursorException::new);
  }

  private static BigDecimal decimal(String text) {
    try {
      BigDecimal value = new BigDecimal(text);
      // an average has at most four decimals (numeric(6,4)); PostgreSQL refuses a scale past 16383
      if (value.scale() > 4 || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) >= 0) {
        throw new InvalidCursorException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidCursorException();
    }
  }

  private static long longValue(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidCursorException();
    }
  }

  private static int integer(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidCursorException();
    }
  }

  /** PostgreSQL text cannot hold U+0000, and no folded title holds a control character. */
  private static String text(String value) {
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidCursorException();
    }
    return value;
  }
}
