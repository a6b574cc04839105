package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.shared.model.ValidationException;
import java.util.Objects;

/** Which chart: songs or albums, by rating or likes, the top {@code limit} (1..100, default 20). */
public record ChartQuery(ItemKind kind, ChartBy by, int limit) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public ChartQuery {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(by, "by");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ValidationException.of("limit", "must be between 1 and " + MAX_LIMIT);
    }
  }
}
