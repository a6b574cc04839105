package dev.cadenza.testing.inmemory;

import static dev.cadenza.testing.inmemory.InMemorySongRepository.contains;
import static dev.cadenza.testing.inmemory.InMemorySongRepository.fold;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** An {@link AlbumRepository} in a map; same ordering and paging rules as the SQL adapter. */
public final class InMemoryAlbumRepository implements AlbumRepository {

  private final Map<AlbumId, Album> albums = new ConcurrentHashMap<>();
  private volatile CatalogFigures figures = CatalogFigures.NONE;

  /** Where the {@code rating} and {@code likes} orders read their figures (none by default). */
  public void rankBy(CatalogFigures figures) {
    this.figures = figures;
  }

  @Override
  public void add(Album album) {
    if (albums.putIfAbsent(album.id(), album) != null) {
      throw new IllegalStateException("album " + album.id() + " exists already");
    }
  }

  @Override
  public Optional<Album> findById(AlbumId id) {
    return Optional.ofNullable(albums.get(id));
  }

  @Override
  public Optional<Album> findByIdForUpdate(AlbumId id) {
    return findById(id);
  }

  @Override
  public synchronized void update(Album album) {
    Album stored = albums.get(album.id());
    if (stored == null || stored.version() != album.version() - 1) {
      throw new ConcurrentModificationException("Album", album.id().toString());
    }
    albums.put(album.id(), album);
  }

  @Override
  public boolean remove(AlbumId id) {
    return albums.remove(id) != null;
  }

  @Override
  public Page<Album> search(AlbumFilter f, CatalogSort sort, PageRequest page) {
    Predicate<Album> matching = a -> {
      var d = a.details();
      return (f.text() == null || contains(d.title(), f.text()) || contains(d.performer(), f.text()))
          && contains(d.title(), f.title())
          && contains(d.performer(), f.performer())
          && (f.year() == null || f.year().equals(d.year()));
    };
    Comparator<Album> byId = Comparator.comparing(a -> a.id().value(), Keysets.UUID_ORDER);
    Comparator<Album> order = switch (sort) {
      case TITLE -> Comparator.comparing((Album a) -> fold(a.details().title())).thenComparing(byId);
      case YEAR -> Comparator.comparing((Album a) -> a.details().year()).thenComparing(byId);
      case RECENT -> byId.reversed();
      case RATING, LIKES -> Rankings.order(sort, figures, (Album a) -> a.id().value());
    };
    return Keysets.page(albums.values().stream().filter(matching), order, page,
        cursor -> after(sort, cursor), a -> cursorOf(sort, a));
  }

  private Cursor cursorOf(CatalogSort sort, Album a) {
    String id = a.id().toString();
    return switch (sort) {
      case TITLE -> Cursor.of(sort.wireName(), fold(a.details().title()), id);
      case YEAR -> Cursor.of(sort.wireName(), String.valueOf(a.details().year()), id);
      case RECENT -> Cursor.of(sort.wireName(), id);
      case RATING, LIKES -> Rankings.cursorOf(sort, figures, a.id().value());
    };
  }

  private Predicate<Album> after(CatalogSort sort, Cursor cursor) {
    return switch (sort) {
      case TITLE -> {
        List<String> k = cursor.keyFor(sort.wireName(), 2);
        UUID last = Keysets.uuid(k.get(1));
        yield a -> {
          int c = fold(a.details().title()).compareTo(k.get(0));
          return c > 0 || (c == 0 && Keysets.UUID_ORDER.compare(a.id().value(), last) > 0);
        };
      }
      case YEAR -> {
        List<String> k = cursor.keyFor(sort.wireName(), 2);
        int year = Keysets.integer(k.get(0));
        UUID last = Keysets.uuid(k.get(1));
        yield a -> a.details().year() > year
            || (a.details().year() == year && Keysets.UUID_ORDER.compare(a.id().value(), last) > 0);
      }
      case RECENT -> {
        UUID last = Keysets.uuid(cursor.keyFor(sort.wireName(), 1).get(0));
        yield a -> Keysets.UUID_ORDER.compare(a.id().value(), last) < 0;
      }
      case RATING, LIKES -> Rankings.after(sort, cursor, figures, (Album x) -> x.id().value());
    };
  }
}
