package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.port.in.CollaboratorChange;
import dev.cadenza.domain.playlists.port.in.SetCollaboratorCommand;
import dev.cadenza.domain.playlists.port.in.SetCollaboratorUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.port.in.GetUserUseCase;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

public final class SetCollaboratorService implements SetCollaboratorUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final PlaylistEntryRepository entries;
  private final GetUserUseCase users;
  private final PlaylistActivityLog activity;
  private final TransactionRunner tx;
  private final Clock clock;
  private final PlaylistPrivacy privacy;

  public SetCollaboratorService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                                PlaylistEntryRepository entries, GetUserUseCase users, PlaylistActivityLog activity,
                                TransactionRunner tx, Clock clock) {
    this(playlists, collaborators, entries, users, activity, tx, clock, PlaylistPrivacy.HIDDEN);
  }

  /** With {@code privacy}: what a private playlist shows to those who may not read it. */
  public SetCollaboratorService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                                PlaylistEntryRepository entries, GetUserUseCase users, PlaylistActivityLog activity,
                                TransactionRunner tx, Clock clock,
                                PlaylistPrivacy privacy) {
    this.playlists = playlists;
    this.collaborators = collaborators;
    this.entries = entries;
    this.users = users;
    this.activity = activity;
    this.tx = tx;
    this.clock = clock;
    this.privacy = Objects.requireNonNull(privacy, "privacy");
  }

  @Override
  public CollaboratorChange setCollaborator(SetCollaboratorCommand command) {
    Access.requireUser(command.actor());
    return tx.inTransaction(() -> {
      Playlist current = PlaylistSupport.lock(playlists, command.playlist());
      PlaylistAccess access = PlaylistAccess.of(command.actor(), current, collaborators, privacy)
          .requireOwner("manage its collaborators");
      PlaylistSupport.checkVersion(command.expectedVersion(), current, entries, access.role());
      if (current.isOwnedBy(command.user())) {
        throw ValidationException.of("userId", "the owner cannot also be a collaborator");
      }
      users.getUser(command.actor(), command.user());
      Instant now = PlaylistSupport.now(clock);
      Optional<Collaborator> existing = collaborators.find(current.id(), command.user());
      if (existing.isPresent() && existing.get().role() == command.role()) {
        return new CollaboratorChange(existing.get(), false, current);
      }
      Playlist next = current.withCollaboratorsChanged(now);
      Collaborator stored;
      if (existing.isEmpty()) {
        stored = new Collaborator(current.id(), command.user(), command.role(), now);
        collaborators.add(stored);
        activity.record(PlaylistSupport.activity(clock, next.id(), now, command.actor(),
            PlaylistAction.COLLABORATOR_ADD, null, Map.of(), describe(stored)));
      } else {
        stored = existing.get().withRole(command.role());
        collaborators.update(stored);
        activity.record(PlaylistSupport.activity(clock, next.id(), now, command.actor(),
            PlaylistAction.COLLABORATOR_ROLE, null, describe(existing.get()), describe(stored)));
      }
      playlists.update(next);
      return new CollaboratorChange(stored, existing.isEmpty(), next);
    });
  }

  static Map<String, Object> describe(Collaborator c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", c.userId().toString());
    m.put("role", c.role().wireName());
    return m;
  }
}
