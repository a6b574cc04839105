package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.InvalidCursorException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Keyset pagination over an in-memory stream, the way the SQL adapters do it. */
final class Keysets {

  private Keysets() {
  }

  /** UUIDs in PostgreSQL's order (unsigned bytes), not {@link UUID#compareTo}'s signed one. */
  static final Comparator<UUID> UUID_ORDER = (a, b) -> {
    int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  };

  static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException();
    }
  }

  static int integer(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidCursorException();
    }
  }

  /**
   * Sorts the matching items, skips those not after the cursor and cuts one page.
   *
   * @param after built from the cursor: true for items that come after it
   */
  static <T> Page<T> page(Stream<T> matching, Comparator<T> order, PageRequest request,
                          Function<Cursor, Predicate<T>> after, Function<T, Cursor> cursorOf) {
    List<T> all = matching.sorted(order).toList();
    Predicate<T> keep = request.cursor().map(after).orElse(t -> true);
    List<T> rows = all.stream().filter(keep).limit(request.limit() + 1L).toList();
    OptionalLong total = request.includeTotal() ? OptionalLong.of(all.size()) : OptionalLong.empty();
    return Page.fromLookahead(rows, request.limit(), cursorOf, total);
  }
}
