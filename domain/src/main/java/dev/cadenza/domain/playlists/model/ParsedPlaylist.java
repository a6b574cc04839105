package dev.cadenza.domain.playlists.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A playlist file read back: its format, the name it gives (if any), and its items in file order.
 * An item the file describes without a title or without a performer still appears, with those parts
 * empty, so that the import can report it as unmatched.
 */
public record ParsedPlaylist(PlaylistFileFormat format, Optional<String> name, Optional<String> description,
                             List<Item> items) {

  public ParsedPlaylist {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    items = List.copyOf(items);
  }

  /**
   * One item: {@code number} counts items from 1 in file order; {@code line} is how the file
   * described it (the {@code #EXTINF} line, or "performer - title"), for reporting unmatched items.
   */
  public record Item(int number, Optional<String> title, Optional<String> performer, String line) {

    public Item {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(performer, "performer");
      Objects.requireNonNull(line, "line");
    }
  }
}
