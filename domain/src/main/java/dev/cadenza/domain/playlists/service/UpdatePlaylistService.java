package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.UpdatePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.UpdatePlaylistUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

public final class UpdatePlaylistService implements UpdatePlaylistUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final PlaylistEntryRepository entries;
  private final PlaylistActivityLog activity;
  private final TransactionRunner tx;
  private final Clock clock;
  private final PlaylistPrivacy privacy;

  public UpdatePlaylistService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                               PlaylistEntryRepository entries, PlaylistActivityLog activity, TransactionRunner tx,
                               Clock clock) {
    this(playlists, collaborators, entries, activity, tx, clock, PlaylistPrivacy.HIDDEN);
  }

  /** With {@code privacy}: what a private playlist shows to those who may not read it. */
  public UpdatePlaylistService(PlaylistRepository playlists, CollaboratorRepository collaborators,
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
  public PlaylistView updatePlaylist(UpdatePlaylistCommand command) {
    Actor actor = command.actor();
    Access.requireUser(actor);
    command.changes().check();
    return tx.inTransaction(() -> {
      Playlist current = PlaylistSupport.lock(playlists, command.id());
      PlaylistAccess access = PlaylistAccess.of(actor, current, collaborators, privacy).requireEditor();
      Visibility visibility = current.details().visibility();
      if (command.changes().visibility().applyTo(visibility) != visibility) {
        access.requireOwner("change its visibility");
      }
      PlaylistSupport.checkVersion(command.expectedVersion(), current, entries, access.role());
      Instant now = PlaylistSupport.now(clock);
      Playlist next = current.revise(command.changes(), now);
      if (next != current) {
        playlists.update(next);
        record(actor, current.details(), next, now);
      }
      return PlaylistSupport.view(entries, next, access.role());
    });
  }

  private void record(Actor actor, PlaylistDetails before, Playlist next, Instant now) {
    PlaylistDetails after = next.details();
    if (!before.name().equals(after.name())) {
      activity.record(PlaylistSupport.activity(clock, next.id(), now, actor, PlaylistAction.RENAME, null,
          values("name", before.name()), values("name", after.name())));
    }
    if (!Objects.equals(before.description(), after.description())) {
      activity.record(PlaylistSupport.activity(clock, next.id(), now, actor, PlaylistAction.DESCRIBE, null,
          values("description", before.description()), values("description", after.description())));
    }
    if (before.visibility() != after.visibility()) {
      activity.record(PlaylistSupport.activity(clock, next.id(), now, actor, PlaylistAction.VISIBILITY, null,
          values("visibility", before.visibility().wireName()), values("visibility", after.visibility().wireName())));
    }
  }

  private static Map<String, Object> values(String key, Object value) {
    Map<String, Object> m = new HashMap<>();
    m.put(key, value);
    return m;
  }
}
