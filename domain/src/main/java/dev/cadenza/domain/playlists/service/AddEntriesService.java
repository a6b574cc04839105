package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
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

/**
 * Takes the songs' references first and the playlist's lock second (the order a song deletion takes
 * them in too, so the two never deadlock), then checks access, version and the song ids.
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
    UserId user = Access.requireUser(command.actor());
    return gate.one(command.playlist(), () -> tx.inTransaction(() -> {
      Map<SongId, SongSummary> found = songs.findForReference(new LinkedHashSet<>(command.songIds()));
      Playlist current = PlaylistSupport.lock(playlists, command.playlist());
      PlaylistAccess access = PlaylistAccess.of(command.actor(), current, collaborators, privacy).requireEditor();
      PlaylistSupport.checkVersion(command.expectedVersion(), current, entries, access.role());
      requireKnown(command.songIds(), found);
      int position = current.insertionPosition(command.position(), command.songIds().size());
      Instant now = PlaylistSupport.now(clock);
      List<PlaylistEntry> added = new ArrayList<>();
      List<EntryView> views = new ArrayList<>();
      for (SongId songId : command.songIds()) {
        PlaylistEntry entry = new PlaylistEntry(EntryId.generate(clock), current.id(), songId, position + added.size(),
            user, now);
        added.add(entry);
        views.add(new EntryView(entry, found.get(songId)));
      }
      if (position == current.entryCount()) {
        entries.append(current.id(), position, added);
      } else {
        entries.insert(current.id(), position, added);
      }
      Playlist next = current.withEntriesAdded(added.size(), now);
      playlists.update(next);
      for (EntryView view : views) {
        activity.record(PlaylistSupport.activity(clock, next.id(), now, command.actor(), PlaylistAction.ADD,
            view.song(), Map.of(), describe(view.entry())));
      }
      return new AddedEntries(views, next);
    }));
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
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entryId", entry.id().toString());
    m.put("position", entry.position());
    return m;
  }
}
