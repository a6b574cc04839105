package dev.cadenza.domain.shared.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/** One page of a listing: the items, the cursor of the next page if any, and the total if asked. */
public record Page<T>(List<T> items, Optional<Cursor> next, OptionalLong total) {

  public Page {
    items = List.copyOf(items);
    next = next == null ? Optional.empty() : next;
    total = total == null ? OptionalLong.empty() : total;
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), next, total);
  }

  /**
   * Builds a page from up to {@code limit + 1} rows fetched in order: the extra row only proves
   * that a next page exists, and the cursor is taken from the last row kept.
   */
  public static <T> Page<T> fromLookahead(List<T> rows, int limit, Function<T, Cursor> cursorOf, OptionalLong total) {
    if (rows.size() > limit) {
      List<T> kept = rows.subList(0, limit);
      return new Page<>(kept, Optional.of(cursorOf.apply(kept.get(kept.size() - 1))), total);
    }
    return new Page<>(rows, Optional.empty(), total);
  }
}
