package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.port.in.RemoveEntryCommand;
import dev.cadenza.domain.playlists.port.in.RemoveEntryUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

public final class RemoveEntryService implements RemoveEntryUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final PlaylistEntryRepository entries;
  private final PlaylistActivityLog activity;
  private final TransactionRunner tx;
  private final Clock clock;
  private final PlaylistPrivacy privacy;
  private final PlaylistWriteGate gate;

  public RemoveEntryService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                            PlaylistEntryRepository entries, PlaylistActivityLog activity, TransactionRunner tx,
                            Clock clock) {
    this(playlists, collaborators, entries, activity, tx, clock, PlaylistPrivacy.HIDDEN);
  }

  /** With {@code privacy}: what a private playlist shows to those who may not read it. */
  public RemoveEntryService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                            PlaylistEntryRepository entries, PlaylistActivityLog activity, TransactionRunner tx,
                            Clock clock,
                            PlaylistPrivacy privacy) {
    this(playlists, collaborators, entries, activity, tx, clock, privacy, new PlaylistWriteGate());
  }

  /** With {@code gate}: shared with the other entry changes of the same playlists. */
  public RemoveEntryService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                            PlaylistEntryRepository entries, PlaylistActivityLog activity, TransactionRunner tx,
                            Clock clock,
                            PlaylistPrivacy privacy, PlaylistWriteGate gate) {
    this.playlists = playlists;
    this.collaborators = collaborators;
    this.entries = entries;
    this.activity = activity;
    this.tx = tx;
    this.clock = clock;
    this.privacy = Objects.requireNonNull(privacy, "privacy");
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  @Override
  public Playlist removeEntry(RemoveEntryCommand command) {
    Access.requireUser(command.actor());
    return gate.one(command.playlist(), () -> tx.inTransaction(() -> {
      Playlist current = PlaylistSupport.lock(playlists, command.playlist());
      PlaylistAccess access = PlaylistAccess.of(command.actor(), current, collaborators, privacy).requireEditor();
      PlaylistSupport.checkVersion(command.expectedVersion(), current, entries, access.role());
      EntryView found = entries.find(current.id(), command.entry())
          .orElseThrow(() -> new NotFoundException(PlaylistSupport.ENTRY, command.entry().toString()));
      Instant now = PlaylistSupport.now(clock);
      entries.remove(found.entry());
      Playlist next = current.withEntriesRemoved(1, now);
      playlists.update(next);
      activity.record(PlaylistSupport.activity(clock, next.id(), now, command.actor(), PlaylistAction.REMOVE,
          found.song(), AddEntriesService.describe(found.entry()), Map.of()));
      return next;
    }));
  }
}
