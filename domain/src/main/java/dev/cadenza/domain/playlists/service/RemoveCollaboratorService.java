package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.port.in.RemoveCollaboratorCommand;
import dev.cadenza.domain.playlists.port.in.RemoveCollaboratorUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

public final class RemoveCollaboratorService implements RemoveCollaboratorUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final PlaylistEntryRepository entries;
  private final PlaylistActivityLog activity;
  private final TransactionRunner tx;
  private final Clock clock;
  private final PlaylistPrivacy privacy;

  public RemoveCollaboratorService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                                   PlaylistEntryRepository entries, PlaylistActivityLog activity, TransactionRunner tx,
                                   Clock clock) {
    this(playlists, collaborators, entries, activity, tx, clock, PlaylistPrivacy.HIDDEN);
  }

  /** With {@code privacy}: what a private playlist shows to those who may not read it. */
  public RemoveCollaboratorService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                                   PlaylistEntryRepository entries, PlaylistActivityLog activity, TransactionRunner tx,
                                   Clock clock,
                                   PlaylistPrivacy privacy) {
    this.playlists = playlists;
    this.collaborators = collaborators;
    this.entries = entries;
    this.activity = activity;
    this.tx = tx;
    this.clock = clock;
    this.privacy = Objects.requireNonNull(privacy, "privacy");
  }

  @Override
  public Playlist removeCollaborator(RemoveCollaboratorCommand command) {
    Access.requireUser(command.actor());
    return tx.inTransaction(() -> {
      Playlist current = PlaylistSupport.lock(playlists, command.playlist());
      PlaylistAccess access = PlaylistAccess.of(command.actor(), current, collaborators, privacy)
          .requireOwner("manage its collaborators");
      PlaylistSupport.checkVersion(command.expectedVersion(), current, entries, access.role());
      Optional<Collaborator> existing = collaborators.find(current.id(), command.user());
      if (existing.isEmpty()) {
        return current;
      }
      Instant now = PlaylistSupport.now(clock);
      collaborators.remove(current.id(), command.user());
      Playlist next = current.withCollaboratorsChanged(now);
      playlists.update(next);
      activity.record(PlaylistSupport.activity(clock, next.id(), now, command.actor(),
          PlaylistAction.COLLABORATOR_REMOVE, null, SetCollaboratorService.describe(existing.get()), Map.of()));
      return next;
    });
  }
}
