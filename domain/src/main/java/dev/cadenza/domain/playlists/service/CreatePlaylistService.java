package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistUseCase;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public final class CreatePlaylistService implements CreatePlaylistUseCase {

  private final PlaylistRepository playlists;
  private final PlaylistActivityLog activity;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public CreatePlaylistService(PlaylistRepository playlists, PlaylistActivityLog activity, AuditLog audit,
                               TransactionRunner tx, Clock clock) {
    this.playlists = playlists;
    this.activity = activity;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public PlaylistView createPlaylist(CreatePlaylistCommand command) {
    UserId owner = Access.requireUser(command.actor());
    return tx.inTransaction(() -> {
      Instant now = PlaylistSupport.now(clock);
      Playlist playlist = Playlist.create(PlaylistId.generate(clock), owner, command.details(), now);
      playlists.add(playlist);
      activity.record(PlaylistSupport.activity(clock, playlist.id(), now, command.actor(), PlaylistAction.CREATE, null,
          Map.of(), describe(command.details())));
      audit.record(PlaylistSupport.audit(clock, now, command.actor(), "playlist.create", playlist, Map.of(),
          playlist.describe()));
      return new PlaylistView(playlist, 0, Optional.of(PlaylistRole.OWNER));
    });
  }

  private static Map<String, Object> describe(PlaylistDetails d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", d.name());
    m.put("description", d.description());
    m.put("visibility", d.visibility().wireName());
    return m;
  }
}
