package dev.cadenza.domain.shared.model;

import java.util.Optional;

/** Which page of a listing to return: at most {@code limit} items after {@code cursor}. */
public record PageRequest(int limit, Optional<Cursor> cursor, boolean includeTotal) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ValidationException.of("limit", "must be between 1 and " + MAX_LIMIT);
    }
    cursor = cursor == null ? Optional.empty() : cursor;
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, Optional.empty(), false);
  }

  public static PageRequest firstDefault() {
    return first(DEFAULT_LIMIT);
  }

  public PageRequest after(Cursor next) {
    return new PageRequest(limit, Optional.of(next), includeTotal);
  }
}
