package dev.cadenza.adapters.rest.files;

import dev.cadenza.domain.playlists.model.ParsedPlaylist.Item;
import dev.cadenza.domain.shared.model.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The items read so far, numbered from 1 in file order. Refuses the item after the last one
 * allowed, so a reader that adds items as it meets them never holds more than {@code maxItems}.
 */
final class ItemList {

  private final int maxItems;
  private final List<Item> items = new ArrayList<>();

  ItemList(int maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must not be negative: " + maxItems);
    }
    this.maxItems = maxItems;
  }

  /**
   * Adds an item; {@code line} describes it when it has a title or a performer; otherwise the
   * first of {@code fallbacks} that is not blank does, and when there is none, a fixed text.
   */
  void add(Optional<String> title, Optional<String> performer, String... fallbacks) {
    String line = Texts.describe(performer, title);
    for (int i = 0; line.isEmpty() && i < fallbacks.length; i++) {
      line = Texts.clean(fallbacks[i]).orElse("");
    }
    addLine(title, performer, line.isEmpty() ? "(no title or performer)" : line);
  }

  /** Adds an item described by exactly {@code line}. */
  void addLine(Optional<String> title, Optional<String> performer, String line) {
    if (items.size() >= maxItems) {
      throw ValidationException.of("file", "more than " + maxItems + " entries");
    }
    items.add(new Item(items.size() + 1, title, performer, line));
  }

  /**
   * Adds an item known only by its location (a path or URL): performer and title come from the
   * file name, as "performer - title" when it has the separator, else as the title alone.
   */
  void addFromLocation(String location) {
    Texts.PerformerAndTitle parts = Texts.PerformerAndTitle.split(Texts.fileName(location));
    addLine(parts.title(), parts.performer(), location.strip());
  }

  List<Item> items() {
    return items;
  }
}
