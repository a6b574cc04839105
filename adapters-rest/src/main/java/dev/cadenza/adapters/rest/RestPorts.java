package dev.cadenza.adapters.rest;

import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.ratings.port.in.RatingsAndLikes;
import dev.cadenza.domain.shared.port.in.ListAuditEntriesUseCase;
import dev.cadenza.domain.users.port.in.UserAccounts;
import java.util.Objects;

/**
 * The incoming ports the REST adapter drives, one member per bounded context, plus the audit trail
 * of the shared kernel. {@code users} also authenticates every request (its
 * {@link dev.cadenza.domain.users.port.in.AuthenticateUseCase}).
 */
public record RestPorts(MusicCatalog music, UserAccounts users, ListAuditEntriesUseCase audit, Playlists playlists,
                        RatingsAndLikes ratings) {
  public RestPorts {
    Objects.requireNonNull(music, "music");
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(playlists, "playlists");
    Objects.requireNonNull(ratings, "ratings");
  }
}
