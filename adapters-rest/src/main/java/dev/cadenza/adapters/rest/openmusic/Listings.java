package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The contract lists without pagination; the use cases answer pages. This walks the pages of a
 * listing, largest pages first, up to a bound.
 */
final class Listings {

  private Listings() {
  }

  /** Up to {@code max} items of the listing {@code pages} answers, in its order. */
  static <T> List<T> all(Function<PageRequest, Page<T>> pages, int max) {
    List<T> items = new ArrayList<>();
    PageRequest request = PageRequest.first(Math.min(PageRequest.MAX_LIMIT, max));
    while (true) {
      Page<T> page = pages.apply(request);
      for (T item : page.items()) {
        if (items.size() == max) {
          return items;
        }
        items.add(item);
      }
      Optional<Cursor> next = page.next();
      if (next.isEmpty() || items.size() == max) {
        return items;
      }
      request = request.after(next.get());
    }
  }

  /** Every item of the listing (bounded by what the domain allows in it, such as entries per playlist). */
  static <T> List<T> all(Function<PageRequest, Page<T>> pages) {
    return all(pages, Integer.MAX_VALUE);
  }
}
