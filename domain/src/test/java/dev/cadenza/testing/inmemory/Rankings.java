package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.InvalidCursorException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@code rating} and {@code likes} keyset orders over {@link CatalogFigures}, the way the SQL
 * adapter runs them: every key descending (average, rating count, id; likes, id).
 */
final class Rankings {

  private Rankings() {
  }

  static <T> Comparator<T> order(CatalogSort sort, CatalogFigures f, Function<T, UUID> idOf) {
    Comparator<T> byId = Comparator.comparing(idOf, Keysets.UUID_ORDER);
    return switch (sort) {
      case RATING -> Comparator.<T, BigDecimal>comparing(t -> f.rankingAverage(idOf.apply(t)))
          .thenComparingLong(t -> f.ratingCount(idOf.apply(t)))
          .thenComparing(byId)
          .reversed();
      case LIKES -> Comparator.<T>comparingLong(t -> f.likes(idOf.apply(t))).thenComparing(byId).reversed();
      default -> throw new IllegalArgumentException(sort.name());
    };
  }

  static Cursor cursorOf(CatalogSort sort, CatalogFigures f, UUID id) {
    return switch (sort) {
      case RATING -> Cursor.of(sort.wireName(), f.rankingAverage(id).toPlainString(),
          Long.toString(f.ratingCount(id)), id.toString());
      case LIKES -> Cursor.of(sort.wireName(), Long.toString(f.likes(id)), id.toString());
      default -> throw new IllegalArgumentException(sort.name());
    };
  }

  static <T> Predicate<T> after(CatalogSort sort, Cursor cursor, CatalogFigures f, Function<T, UUID> idOf) {
    return switch (sort) {
      case RATING -> {
        List<String> k = cursor.keyFor(sort.wireName(), 3);
        BigDecimal average = decimal(k.get(0));
        long count = number(k.get(1));
        UUID last = Keysets.uuid(k.get(2));
        yield t -> {
          UUID id = idOf.apply(t);
          int c = f.rankingAverage(id).compareTo(average);
          if (c != 0) {
            return c < 0;
          }
          int n = Long.compare(f.ratingCount(id), count);
          return n != 0 ? n < 0 : Keysets.UUID_ORDER.compare(id, last) < 0;
        };
      }
      case LIKES -> {
        List<String> k = cursor.keyFor(sort.wireName(), 2);
        long likes = number(k.get(0));
        UUID last = Keysets.uuid(k.get(1));
        yield t -> {
          UUID id = idOf.apply(t);
          int c = Long.compare(f.likes(id), likes);
          return c != 0 ? c < 0 : Keysets.UUID_ORDER.compare(id, last) < 0;
        };
      }
      default -> throw new IllegalArgumentException(sort.name());
    };
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidCursorException();
    }
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidCursorException();
    }
  }
}
