package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.playlists.model.LibrarySong;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.InvalidCursorException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link LibraryRepository} in a map; songs for the views come from a {@link SongRepository}. */
public final class InMemoryLibraryRepository implements LibraryRepository {

  private static final String ORDERING = "saved";

  private record Key(UserId user, SongId song) {
  }

  private final Map<Key, LibrarySong> saved = new LinkedHashMap<>();
  private final SongRepository songs;

  public InMemoryLibraryRepository(SongRepository songs) {
    this.songs = songs;
  }

  @Override
  public synchronized boolean add(LibrarySong song) {
    return saved.putIfAbsent(new Key(song.userId(), song.songId()), song) == null;
  }

  @Override
  public synchronized Optional<LibrarySong> find(UserId user, SongId song) {
    return Optional.ofNullable(saved.get(new Key(user, song)));
  }

  @Override
  public Optional<LibrarySong> findForUpdate(UserId user, SongId song) {
    // no concurrent transactions in memory: the read is the lock
    return find(user, song);
  }

  @Override
  public synchronized boolean update(LibrarySong song) {
    return saved.replace(new Key(song.userId(), song.songId()), song) != null;
  }

  @Override
  public synchronized boolean remove(UserId user, SongId song) {
    return saved.remove(new Key(user, song)) != null;
  }

  @Override
  public synchronized int removeSong(SongId song) {
    int before = saved.size();
    saved.keySet().removeIf(k -> k.song().equals(song));
    return before - saved.size();
  }

  @Override
  public Page<LibrarySongView> findByUser(UserId user, Boolean listened, PageRequest page) {
    List<LibrarySongView> all;
    synchronized (this) {
      all = saved.values().stream()
          .filter(s -> s.userId().equals(user) && (listened == null || s.listened() == listened))
          .map(s -> new LibrarySongView(s, summary(s.songId())))
          .toList();
    }
    Comparator<LibrarySongView> newestFirst = Comparator.comparing((LibrarySongView v) -> v.item().addedAt())
        .thenComparing(v -> v.item().songId().value(), Keysets.UUID_ORDER).reversed();
    return Keysets.page(all.stream(), newestFirst, page, cursor -> {
      List<String> k = cursor.keyFor(ORDERING, 2);
      Instant at;
      try {
        at = Instant.parse(k.get(0));
      } catch (DateTimeParseException e) {
        throw new InvalidCursorException();
      }
      UUID song = Keysets.uuid(k.get(1));
      return v -> v.item().addedAt().isBefore(at)
          || (v.item().addedAt().equals(at) && Keysets.UUID_ORDER.compare(v.item().songId().value(), song) < 0);
    }, v -> Cursor.of(ORDERING, v.item().addedAt().toString(), v.item().songId().toString()));
  }

  @Override
  public synchronized Counts count(UserId user) {
    long all = saved.values().stream().filter(s -> s.userId().equals(user)).count();
    long listened = saved.values().stream().filter(s -> s.userId().equals(user) && s.listened()).count();
    return new Counts(all, listened);
  }

  private SongSummary summary(SongId id) {
    Song s = songs.findById(id).orElseThrow(() -> new IllegalStateException("saved song is gone: " + id));
    return new SongSummary(s.id(), s.details().title(), s.details().performer(), s.details().durationSeconds());
  }
}
