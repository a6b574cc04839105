package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.port.in.DeletePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.DeletePlaylistUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

public final class DeletePlaylistService implements DeletePlaylistUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final PlaylistEntryRepository entries;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;
  private final PlaylistPrivacy privacy;

  public DeletePlaylistService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                               PlaylistEntryRepository entries, AuditLog audit, TransactionRunner tx, Clock clock) {
    this(playlists, collaborators, entries, audit, tx, clock, PlaylistPrivacy.HIDDEN);
  }

  /** With {@code privacy}: what a private playlist shows to those who may not read it. */
  public DeletePlaylistService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                               PlaylistEntryRepository entries, AuditLog audit, TransactionRunner tx, Clock clock,
                               PlaylistPrivacy privacy) {
    this.playlists = playlists;
    this.collaborators = collaborators;
    this.entries = entries;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.privacy = Objects.requireNonNull(privacy, "privacy");
  }

  @Override
  public void deletePlaylist(DeletePlaylistCommand command) {
    Access.requireUser(command.actor());
    tx.inTransaction(() -> {
      Playlist current = PlaylistSupport.lock(playlists, command.id());
      PlaylistAccess access = PlaylistAccess.of(command.actor(), current, collaborators, privacy).requireOwner("delete it");
      PlaylistSupport.checkVersion(command.expectedVersion(), current, entries, access.role());
      Instant now = PlaylistSupport.now(clock);
      playlists.remove(current.id());
      audit.record(PlaylistSupport.audit(clock, now, command.actor(), "playlist.delete", current, current.describe(),
          Map.of()));
    });
  }
}
