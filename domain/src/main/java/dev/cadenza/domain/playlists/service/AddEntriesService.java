package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.in.AddEntriesCommand;
import dev.cadenza.domain.playlists.port.in.AddEntriesUseCase;
import dev.cadenza.domain.playlists.port.in.AddedEntries;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.DomainException;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Violations;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Takes the songs' references first and the playlist's lock second (the order a song deletion takes
 * them in too, so the two never deadlock), then checks access, version and the song ids. Appends that
 * wait for the same playlist at the same moment are applied together (see {@link PlaylistWriteGate}).
 */
public final class AddEntriesService implements AddEntriesUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final PlaylistEntryRepository entries;
  private final SongReferences songs;
  private final PlaylistActivityLog activity;
  private final TransactionRunner tx;
  private final Clock clock;
  private final PlaylistPrivacy privacy;
  private final PlaylistWriteGate gate;

  /**
   * Appends without a version to meet, outside another transaction, combine: a playlist many clients
   * add to at once takes their additions in one transaction, each checked as if it ran alone in
   * arrival order. Those with a position or an {@code If-Match} version (whose refusal shows the
   * playlist as stored), or inside a caller's transaction (an idempotent request), run alone.
   */
  private final PlaylistWriteGate.Combinable<AddEntriesCommand, AddedEntries> appends =
      new PlaylistWriteGate.Combinable<>() {
        @Override
        public AddedEntries alone(AddEntriesCommand change) {
          return addAlone(change);
        }

        @Override
        public List<PlaylistWriteGate.Outcome<AddedEntries>> together(List<AddEntriesCommand> changes) {
          return appendTogether(changes);
        }
      };

  public AddEntriesService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                           PlaylistEntryRepository entries, SongReferences songs, PlaylistActivityLog activity,
                           TransactionRunner tx, Clock clock) {
    this(playlists, collaborators, entries, songs, activity, tx, clock, PlaylistPrivacy.HIDDEN);
  }

  /** With {@code privacy}: what a private playlist shows to those who may not read it. */
  public AddEntriesService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                           PlaylistEntryRepository entries, SongReferences songs, PlaylistActivityLog activity,
                           TransactionRunner tx, Clock clock,
                           PlaylistPrivacy privacy) {
    this(playlists, collaborators, entries, songs, activity, tx, clock, privacy, new PlaylistWriteGate());
  }

  /** With {@code gate}: shared with the other entry changes of the same playlists. */
  public AddEntriesService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                           PlaylistEntryRepository entries, SongReferences songs, PlaylistActivityLog activity,
                           TransactionRunner tx, Clock clock,
                           PlaylistPrivacy privacy, PlaylistWriteGate gate) {
    this.playlists = playlists;
    this.collaborators = collaborators;
    this.entries = entries;
    this.songs = songs;
    this.activity = activity;
    this.tx = tx;
    this.clock = clock;
    this.privacy = Objects.requireNonNull(privacy, "privacy");
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  @Override
  public AddedEntries addEntries(AddEntriesCommand command) {
    Access.requireUser(command.actor());
    if (command.position() == null && command.expectedVersion().isEmpty() && !tx.isActive()) {
      return gate.combine(command.playlist(), command, appends);
    }
    return gate.one(command.playlist(), () -> addAlone(command));
  }

  private AddedEntries addAlone(AddEntriesCommand command) {
    UserId user = Access.requireUser(command.actor());
    return tx.inTransaction(() -> {
      Map<SongId, SongSummary> found = songs.findForReference(new LinkedHashSet<>(command.songIds()));
      Playlist current = PlaylistSupport.lock(playlists, command.playlist());
      PlaylistAccess access = PlaylistAccess.of(command.actor(), current, collaborators, privacy).requireEditor();
      PlaylistSupport.checkVersion(command.expectedVersion(), current, entries, access.role());
      requireKnown(command.songIds(), found);
      int position = current.insertionPosition(command.position(), command.songIds().size());
      Instant now = PlaylistSupport.now(clock);
      List<EntryView> views = entriesFor(command, user, current.id(), position, now, found);
      List<PlaylistEntry> added = views.stream().map(EntryView::entry).toList();
      if (position == current.entryCount()) {
        entries.append(current.id(), position, added);
      } else {
        entries.insert(current.id(), position, added);
      }
      Playlist next = current.withEntriesAdded(added.size(), now);
      playlists.update(next);
      activity.recordAll(activities(command, next, views, now));
      return new AddedEntries(views, next);
    });
  }

  /** Appends of one playlist, in one transaction; a refused one is its outcome and stores nothing. */
  private List<PlaylistWriteGate.Outcome<AddedEntries>> appendTogether(List<AddEntriesCommand> commands) {
    return tx.inTransaction(() -> {
      Set<SongId> wanted = new LinkedHashSet<>();
      commands.forEach(c -> wanted.addAll(c.songIds()));
      Map<SongId, SongSummary> found = songs.findForReference(wanted);
      Playlist stored = PlaylistSupport.lock(playlists, commands.get(0).playlist());
      Instant now = PlaylistSupport.now(clock);
      Playlist next = stored;
      List<PlaylistEntry> added = new ArrayList<>();
      List<PlaylistActivity> history = new ArrayList<>();
      List<PlaylistWriteGate.Outcome<AddedEntries>> outcomes = new ArrayList<>();
      for (AddEntriesCommand command : commands) {
        try {
          UserId user = Access.requireUser(command.actor());
          PlaylistAccess.of(command.actor(), next, collaborators, privacy).requireEditor();
          requireKnown(command.songIds(), found);
          int position = next.insertionPosition(null, command.songIds().size());
          List<EntryView> views = entriesFor(command, user, next.id(), position, now, found);
          next = next.withEntriesAdded(views.size(), now);
          views.forEach(v -> added.add(v.entry()));
          history.addAll(activities(command, next, views, now));
          outcomes.add(PlaylistWriteGate.Outcome.of(new AddedEntries(views, next)));
        } catch (DomainException refused) {
          outcomes.add(PlaylistWriteGate.Outcome.failed(refused));
        }
      }
      if (!added.isEmpty()) {
        entries.append(stored.id(), stored.entryCount(), added);
        playlists.update(next, stored.version());
        activity.recordAll(history);
      }
      return outcomes;
    });
  }

  private List<EntryView> entriesFor(AddEntriesCommand command, UserId user, PlaylistId playlist, int position,
                                     Instant now, Map<SongId, SongSummary> found) {
    List<EntryView> views = new ArrayList<>();
    for (SongId songId : command.songIds()) {
      PlaylistEntry entry = new PlaylistEntry(EntryId.generate(clock), playlist, songId, position + views.size(),
          user, now);
      views.add(new EntryView(entry, found.get(songId)));
    }
    return views;
  }

  private List<PlaylistActivity> activities(AddEntriesCommand command, Playlist next, List<EntryView> views,
                                            Instant now) {
    List<PlaylistActivity> rows = new ArrayList<>();
    for (EntryView view : views) {
      rows.add(PlaylistSupport.activity(clock, next.id(), now, command.actor(), PlaylistAction.ADD, view.song(),
          Map.of(), describe(view.entry())));
    }
    return rows;
  }

  private static void requireKnown(List<SongId> ids, Map<SongId, SongSummary> found) {
    Violations v = new Violations();
    for (int i = 0; i < ids.size(); i++) {
      if (!found.containsKey(ids.get(i))) {
        v.add("songIds[" + i + "]", "no song has the id " + ids.get(i));
      }
    }
    v.throwIfAny();
  }

  static Map<String, Object> describe(PlaylistEntry entry) {
    return describe(entry.id(), entry.position());
  }

  static Map<String, Object> describe(EntryId entry, int position) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entryId", entry.toString());
    m.put("position", position);
    return m;
  }
}
