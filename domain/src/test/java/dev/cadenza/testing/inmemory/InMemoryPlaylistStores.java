package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistMembership;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.InvalidCursorException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The playlists context's four playlist ports over one set of maps, so that removing a playlist takes
 * its entries, collaborators and history with it, as the database's cascades do. Same orders, cursors
 * and position rules as the SQL adapter. Songs for the entry views come from a {@link SongRepository}.
 */
public final class InMemoryPlaylistStores {

  private final Map<PlaylistId, Playlist> playlists = new LinkedHashMap<>();
  /** Each playlist's entries in order; an entry's position is its index. */
  private final Map<PlaylistId, List<PlaylistEntry>> entries = new HashMap<>();
  private final Map<PlaylistId, Map<UserId, Collaborator>> collaborators = new HashMap<>();
  private final List<PlaylistActivity> activity = new ArrayList<>();
  private final SongRepository songs;

  public final PlaylistRepository playlistRepository = new Playlists();
  public final PlaylistEntryRepository entryRepository = new Entries();
  public final CollaboratorRepository collaboratorRepository = new Collaborators();
  public final PlaylistActivityLog activityLog = new Activity();

  public InMemoryPlaylistStores(SongRepository songs) {
    this.songs = songs;
  }

  /** Every activity row recorded, oldest first. */
  public synchronized List<PlaylistActivity> activity() {
    return List.copyOf(activity);
  }

  /** A playlist's entries in order, with their positions. */
  public synchronized List<PlaylistEntry> entriesOf(PlaylistId playlist) {
    return numbered(entries.getOrDefault(playlist, List.of()));
  }

  private static List<PlaylistEntry> numbered(List<PlaylistEntry> list) {
    List<PlaylistEntry> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(list.get(i).at(i));
    }
    return out;
  }

  private SongSummary summary(SongId id) {
    Song s = songs.findById(id).orElseThrow(() -> new IllegalStateException("entry of a song that is gone: " + id));
    return new SongSummary(s.id(), s.details().title(), s.details().performer(), s.details().durationSeconds());
  }

  static final Comparator<PlaylistId> NEWEST_FIRST = Comparator.comparing(PlaylistId::value, Keysets.UUID_ORDER)
      .reversed();

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidCursorException();
    }
  }

  private final class Playlists implements PlaylistRepository {

    @Override
    public void add(Playlist playlist) {
      synchronized (InMemoryPlaylistStores.this) {
        if (playlists.putIfAbsent(playlist.id(), playlist) != null) {
          throw new IllegalStateException("playlist " + playlist.id() + " exists already");
        }
      }
    }

    @Override
    public Optional<Playlist> findById(PlaylistId id) {
      synchronized (InMemoryPlaylistStores.this) {
        return Optional.ofNullable(playlists.get(id));
      }
    }

    @Override
    public Optional<Playlist> findByIdForUpdate(PlaylistId id) {
      return findById(id);
    }

    @Override
    public void update(Playlist playlist, long storedVersion) {
      if (storedVersion >= playlist.version()) {
        throw new IllegalArgumentException("the stored version must come before the new one");
      }
      synchronized (InMemoryPlaylistStores.this) {
        Playlist stored = playlists.get(playlist.id());
        if (stored == null || stored.version() != storedVersion) {
          throw new ConcurrentModificationException("Playlist", playlist.id().toString());
        }
        playlists.put(playlist.id(), playlist);
      }
    }

    @Override
    public boolean remove(PlaylistId id) {
      synchronized (InMemoryPlaylistStores.this) {
        entries.remove(id);
        collaborators.remove(id);
        activity.removeIf(a -> a.playlistId().equals(id));
        return playlists.remove(id) != null;
      }
    }

    @Override
    public Page<PlaylistMembership> findByMember(UserId user, PageRequest page) {
      List<PlaylistMembership> all = new ArrayList<>();
      synchronized (InMemoryPlaylistStores.this) {
        for (Playlist p : playlists.values()) {
          if (p.isOwnedBy(user)) {
            all.add(new PlaylistMembership(p, PlaylistRole.OWNER));
          } else {
            Collaborator c = collaborators.getOrDefault(p.id(), Map.of()).get(user);
            if (c != null) {
              all.add(new PlaylistMembership(p, c.role()));
            }
          }
        }
      }
      return newestFirst(all.stream(), m -> m.playlist().id(), page);
    }

    @Override
    public Page<Playlist> findPublicByOwner(UserId owner, PageRequest page) {
      List<Playlist> all;
      synchronized (InMemoryPlaylistStores.this) {
        all = playlists.values().stream().filter(p -> p.isOwnedBy(owner) && p.isPublic()).toList();
      }
      return newestFirst(all.stream(), Playlist::id, page);
    }

    @Override
    public long countByOwner(UserId owner) {
      synchronized (InMemoryPlaylistStores.this) {
        return playlists.values().stream().filter(p -> p.isOwnedBy(owner)).count();
      }
    }

    private <T> Page<T> newestFirst(Stream<T> items, java.util.function.Function<T, PlaylistId> id, PageRequest page) {
      return Keysets.page(items, Comparator.comparing(id, NEWEST_FIRST), page, cursor -> {
        UUID last = Keysets.uuid(cursor.keyFor("newest", 1).get(0));
        return t -> Keysets.UUID_ORDER.compare(id.apply(t).value(), last) < 0;
      }, t -> Cursor.of("newest", id.apply(t).toString()));
    }
  }

  private final class Entries implements PlaylistEntryRepository {

    @Override
    public void insert(PlaylistId playlist, int position, List<PlaylistEntry> added) {
      synchronized (InMemoryPlaylistStores.this) {
        List<PlaylistEntry> list = entries.computeIfAbsent(playlist, p -> new ArrayList<>());
        if (position < 0 || position > list.size()) {
          throw new IllegalArgumentException("position " + position + " is outside 0.." + list.size());
        }
        list.addAll(position, added);
      }
    }

    @Override
    public Optional<EntryView> find(PlaylistId playlist, EntryId entry) {
      synchronized (InMemoryPlaylistStores.this) {
        return entriesOf(playlist).stream().filter(e -> e.id().equals(entry)).findFirst()
            .map(e -> new EntryView(e, summary(e.songId())));
      }
    }

    @Override
    public void remove(PlaylistEntry entry) {
      synchronized (InMemoryPlaylistStores.this) {
        entries.getOrDefault(entry.playlistId(), new ArrayList<>()).removeIf(e -> e.id().equals(entry.id()));
      }
    }

    @Override
    public void move(PlaylistEntry entry, int position) {
      synchronized (InMemoryPlaylistStores.this) {
        List<PlaylistEntry> list = entries.get(entry.playlistId());
        int from = indexOf(list, entry.id());
        PlaylistEntry moving = list.remove(from);
        list.add(position, moving);
      }
    }

    private int indexOf(List<PlaylistEntry> list, EntryId id) {
      for (int i = 0; list != null && i < list.size(); i++) {
        if (list.get(i).id().equals(id)) {
          return i;
        }
      }
      throw new IllegalArgumentException("no entry " + id);
    }

    @Override
    public List<PlaylistEntry> removeSong(PlaylistId playlist, SongId song) {
      synchronized (InMemoryPlaylistStores.this) {
        List<PlaylistEntry> removed = entriesOf(playlist).stream().filter(e -> e.songId().equals(song)).toList();
        entries.getOrDefault(playlist, new ArrayList<>()).removeIf(e -> e.songId().equals(song));
        return removed;
      }
    }

    @Override
    public List<PlaylistId> findPlaylistsWithSong(SongId song) {
      synchronized (InMemoryPlaylistStores.this) {
        return entries.entrySet().stream()
            .filter(e -> e.getValue().stream().anyMatch(x -> x.songId().equals(song)))
            .map(Map.Entry::getKey)
            .sorted(Comparator.comparing(PlaylistId::value, Keysets.UUID_ORDER))
            .toList();
      }
    }

    @Override
    public Page<EntryView> findByPlaylist(PlaylistId playlist, PageRequest page) {
      List<EntryView> views;
      synchronized (InMemoryPlaylistStores.this) {
        views = entriesOf(playlist).stream().map(e -> new EntryView(e, summary(e.songId()))).toList();
      }
      return Keysets.page(views.stream(), Comparator.comparingInt(v -> v.entry().position()), page, cursor -> {
        int after = Keysets.integer(cursor.keyFor("position", 1).get(0));
        return v -> v.entry().position() > after;
      }, v -> Cursor.of("position", String.valueOf(v.entry().position())));
    }

    @Override
    public Map<PlaylistId, Long> totalDurations(Collection<PlaylistId> ids) {
      Map<PlaylistId, Long> totals = new HashMap<>();
      synchronized (InMemoryPlaylistStores.this) {
        for (PlaylistId id : ids) {
          long sum = 0;
          for (PlaylistEntry e : entries.getOrDefault(id, List.of())) {
            Integer d = songs.findById(e.songId()).map(s -> s.details().durationSeconds()).orElse(null);
            sum += d == null ? 0 : d;
          }
          totals.put(id, sum);
        }
      }
      return totals;
    }
  }

  private final class Collaborators implements CollaboratorRepository {

    @Override
    public Optional<Collaborator> find(PlaylistId playlist, UserId user) {
      synchronized (InMemoryPlaylistStores.this) {
        return Optional.ofNullable(collaborators.getOrDefault(playlist, Map.of()).get(user));
      }
    }

    @Override
    public void add(Collaborator collaborator) {
      synchronized (InMemoryPlaylistStores.this) {
        Map<UserId, Collaborator> of = collaborators.computeIfAbsent(collaborator.playlistId(),
            p -> new LinkedHashMap<>());
        if (of.putIfAbsent(collaborator.userId(), collaborator) != null) {
          throw new IllegalStateException("already a collaborator: " + collaborator.userId());
        }
      }
    }

    @Override
    public void update(Collaborator collaborator) {
      synchronized (InMemoryPlaylistStores.this) {
        Map<UserId, Collaborator> of = collaborators.get(collaborator.playlistId());
        if (of == null || of.replace(collaborator.userId(), collaborator) == null) {
          throw new IllegalStateException("not a collaborator: " + collaborator.userId());
        }
      }
    }

    @Override
    public boolean remove(PlaylistId playlist, UserId user) {
      synchronized (InMemoryPlaylistStores.this) {
        Map<UserId, Collaborator> of = collaborators.get(playlist);
        return of != null && of.remove(user) != null;
      }
    }

    @Override
    public Page<Collaborator> findByPlaylist(PlaylistId playlist, PageRequest page) {
      List<Collaborator> all;
      synchronized (InMemoryPlaylistStores.this) {
        all = List.copyOf(collaborators.getOrDefault(playlist, Map.of()).values());
      }
      Comparator<Collaborator> order = Comparator.comparing(Collaborator::addedAt)
          .thenComparing(c -> c.userId().value(), Keysets.UUID_ORDER);
      return Keysets.page(all.stream(), order, page, cursor -> {
        List<String> k = cursor.keyFor("joined", 2);
        Instant at = instant(k.get(0));
        UUID user = Keysets.uuid(k.get(1));
        return c -> c.addedAt().isAfter(at)
            || (c.addedAt().equals(at) && Keysets.UUID_ORDER.compare(c.userId().value(), user) > 0);
      }, c -> Cursor.of("joined", c.addedAt().toString(), c.userId().toString()));
    }
  }

  private final class Activity implements PlaylistActivityLog {

    @Override
    public void record(PlaylistActivity row) {
      synchronized (InMemoryPlaylistStores.this) {
        activity.add(row);
      }
    }

    @Override
    public Page<PlaylistActivity> findByPlaylist(PlaylistId playlist, PageRequest page) {
      List<PlaylistActivity> all;
      synchronized (InMemoryPlaylistStores.this) {
        all = activity.stream().filter(a -> a.playlistId().equals(playlist)).toList();
      }
      Comparator<PlaylistActivity> order = Comparator.comparing(PlaylistActivity::at)
          .thenComparing(PlaylistActivity::id, Keysets.UUID_ORDER);
      return Keysets.page(all.stream(), order, page, cursor -> {
        List<String> k = cursor.keyFor("oldest", 2);
        Instant at = instant(k.get(0));
        UUID id = Keysets.uuid(k.get(1));
        return a -> a.at().isAfter(at) || (a.at().equals(at) && Keysets.UUID_ORDER.compare(a.id(), id) > 0);
      }, a -> Cursor.of("oldest", a.at().toString(), a.id().toString()));
    }
  }
}
