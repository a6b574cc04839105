package dev.cadenza.adapters.rest;

import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.ratings.port.in.RatingsAndLikes;
import dev.cadenza.domain.shared.port.in.ListAuditEntriesUseCase;
import dev.cadenza.domain.users.port.in.UserAccounts;
import dev.cadenza.domain.playlists.port.in.PlaylistTransfers;
import java.util.Objects;

/**
 * The incoming ports the REST adapter drives, one member per bounded context, plus the audit trail
 * of the shared kernel. {@code users} also authenticates every request (its
 * {@link dev.cadenza.domain.users.port.in.AuthenticateUseCase}). {@code covers} are the music
 * context's album cover use cases, which need object storage beside the catalog.
 */
public record RestPorts(MusicCatalog music, UserAccounts users, ListAuditEntriesUseCase audit, Playlists playlists,
                        RatingsAndLikes ratings, PlaylistTransfers transfers, AlbumCovers covers) {
  public RestPorts {
    Objects.requireNonNull(music, "music");
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(playlists, "playlists");
    Objects.requireNonNull(ratings, "ratings");
    Objects.requireNonNull(covers, "covers");
    Objects.requireNonNull(transfers, "transfers");
  }
}
