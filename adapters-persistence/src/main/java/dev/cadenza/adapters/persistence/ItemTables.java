package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.shared.model.NotFoundException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The ratings context's tables of each kind of item ({@code song_ratings}, {@code album_likes},
 * ...). Table names come from this enum mapping only, never from a caller, so they may be spliced
 * into SQL text.
 */
final class ItemTables {

  private static final String FOREIGN_KEY_VIOLATION = "23503";

  private ItemTables() {
  }

  static String items(ItemKind kind) {
    return prefix(kind) + "s";
  }

  static String ratings(ItemKind kind) {
    return prefix(kind) + "_ratings";
  }

  static String likes(ItemKind kind) {
    return prefix(kind) + "_likes";
  }

  static String stats(ItemKind kind) {
    return prefix(kind) + "_stats";
  }

  private static String prefix(ItemKind kind) {
    return switch (kind) {
      case SONG -> "song";
      case ALBUM -> "album";
    };
  }

  /** The ids of {@code items}, by kind. */
  static Map<ItemKind, List<UUID>> idsByKind(Collection<CatalogItem> items) {
    Map<ItemKind, List<UUID>> ids = new EnumMap<>(ItemKind.class);
    for (CatalogItem item : items) {
      ids.computeIfAbsent(item.kind(), k -> new java.util.ArrayList<>()).add(item.id());
    }
    return ids;
  }

  /**
   * A write that refers to an item: an {@code *_item_fk} violation (the item does not exist, or was
   * deleted meanwhile) answers the music context's NotFound for it.
   */
  static <T> T referring(CatalogItem item, java.util.function.Supplier<T> write) {
    try {
      return write.get();
    } catch (RuntimeException e) {
      if (isItemReferenceViolation(e)) {
        throw new NotFoundException(item.kind().resourceType(), item.id().toString());
      }
      throw e;
    }
  }

  private static boolean isItemReferenceViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
        ServerErrorMessage server = t instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String constraint = server == null ? null : server.getConstraint();
        return constraint != null && constraint.endsWith("_item_fk");
      }
    }
    return false;
  }
}
