package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** A {@link SongRepository} in a map; same ordering and paging rules as the SQL adapter. */
public final class InMemorySongRepository implements SongRepository {

  private final Map<SongId, Song> songs = new ConcurrentHashMap<>();
  private volatile CatalogFigures figures = CatalogFigures.NONE;

  /** Where the {@code rating} and {@code likes} orders read their figures (none by default). */
  public void rankBy(CatalogFigures figures) {
    this.figures = figures;
  }

  @Override
  public void add(Song song) {
    if (songs.putIfAbsent(song.id(), song) != null) {
      throw new IllegalStateException("song " + song.id() + " exists already");
    }
  }

  @Override
  public Optional<Song> findById(SongId id) {
    return Optional.ofNullable(songs.get(id));
  }

  @Override
  public Optional<Song> findByIdForUpdate(SongId id) {
    return findById(id);
  }

  @Override
  public synchronized void update(Song song) {
    Song stored = songs.get(song.id());
    if (stored == null || stored.version() != song.version() - 1) {
      throw new ConcurrentModificationException("Song", song.id().toString());
    }
    songs.put(song.id(), song);
  }

  @Override
  public boolean remove(SongId id) {
    return songs.remove(id) != null;
  }

  @Override
  public Page<Song> search(SongFilter filter, CatalogSort sort, PageRequest page) {
    return Keysets.page(songs.values().stream().filter(matching(filter)), order(sort), page,
        cursor -> after(sort, cursor), song -> cursorOf(sort, song));
  }

  @Override
  public synchronized int detachFromAlbum(AlbumId albumId, Instant at) {
    List<Song> onAlbum = songs.values().stream().filter(s -> albumId.equals(s.details().albumId())).toList();
    for (Song s : onAlbum) {
      songs.put(s.id(), new Song(s.id(), s.details().withAlbum(null), s.version() + 1, s.createdAt(), at));
    }
    return onAlbum.size();
  }

  @Override
  public Map<AlbumId, Long> countByAlbum(Collection<AlbumId> albumIds) {
    Map<AlbumId, Long> counts = new HashMap<>();
    albumIds.forEach(id -> counts.put(id, 0L));
    songs.values().forEach(s -> {
      AlbumId album = s.details().albumId();
      if (album != null && counts.containsKey(album)) {
        counts.merge(album, 1L, Long::sum);
      }
    });
    return counts;
  }

  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean contains(String haystack, String needle) {
    return needle == null || (haystack != null && fold(haystack).contains(fold(needle)));
  }

  private static Predicate<Song> matching(SongFilter f) {
    return s -> {
      var d = s.details();
      return (f.text() == null || contains(d.title(), f.text()) || contains(d.performer(), f.text()))
          && contains(d.title(), f.title())
          && contains(d.performer(), f.performer())
          && (f.genre() == null || fold(d.genre()).equals(fold(f.genre())))
          && (f.year() == null || f.year().equals(d.year()))
          && (f.albumId() == null || f.albumId().equals(d.albumId()));
    };
  }

  private Comparator<Song> order(CatalogSort sort) {
    Comparator<Song> byId = Comparator.comparing(s -> s.id().value(), Keysets.UUID_ORDER);
    return switch (sort) {
      case TITLE -> Comparator.comparing((Song s) -> fold(s.details().title())).thenComparing(byId);
      case YEAR -> Comparator.comparing((Song s) -> s.details().year()).thenComparing(byId);
      case RECENT -> byId.reversed();
      case RATING, LIKES -> Rankings.order(sort, figures, (Song s) -> s.id().value());
    };
  }

  private Cursor cursorOf(CatalogSort sort, Song s) {
    String id = s.id().toString();
    return switch (sort) {
      case TITLE -> Cursor.of(sort.wireName(), fold(s.details().title()), id);
      case YEAR -> Cursor.of(sort.wireName(), String.valueOf(s.details().year()), id);
      case RECENT -> Cursor.of(sort.wireName(), id);
      case RATING, LIKES -> Rankings.cursorOf(sort, figures, s.id().value());
    };
  }

  private Predicate<Song> after(CatalogSort sort, Cursor cursor) {
    Function<Song, java.util.UUID> id = s -> s.id().value();
    return switch (sort) {
      case TITLE -> {
        List<String> k = cursor.keyFor(sort.wireName(), 2);
        String title = k.get(0);
        var last = Keysets.uuid(k.get(1));
        yield s -> {
          int c = fold(s.details().title()).compareTo(title);
          return c > 0 || (c == 0 && Keysets.UUID_ORDER.compare(id.apply(s), last) > 0);
        };
      }
      case YEAR -> {
        List<String> k = cursor.keyFor(sort.wireName(), 2);
        int year = Keysets.integer(k.get(0));
        var last = Keysets.uuid(k.get(1));
        yield s -> s.details().year() > year
            || (s.details().year() == year && Keysets.UUID_ORDER.compare(id.apply(s), last) > 0);
      }
      case RECENT -> {
        var last = Keysets.uuid(cursor.keyFor(sort.wireName(), 1).get(0));
        yield s -> Keysets.UUID_ORDER.compare(id.apply(s), last) < 0;
      }
      case RATING, LIKES -> Rankings.after(sort, cursor, figures, (Song x) -> x.id().value());
    };
  }
}
