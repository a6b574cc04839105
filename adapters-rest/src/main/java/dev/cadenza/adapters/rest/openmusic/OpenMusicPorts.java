package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.playlists.port.in.RequestExportUseCase;
import dev.cadenza.domain.ratings.port.in.RatingsAndLikes;
import dev.cadenza.domain.users.port.in.UserAccounts;
import java.util.Objects;

/**
 * The incoming ports the OpenMusic adapter drives: the same use cases as the native API, built by
 * the composition root with the settings the OpenMusic contract needs (who may write the catalog,
 * the password policy, refresh tokens, what non-members learn of a private playlist). The adapter
 * itself adds no rule of its own.
 */
public record OpenMusicPorts(MusicCatalog music, AlbumCovers covers, UserAccounts users, Playlists playlists,
                             RequestExportUseCase requestExport, RatingsAndLikes ratings) {
  public OpenMusicPorts {
    Objects.requireNonNull(music, "music");
    Objects.requireNonNull(covers, "covers");
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(playlists, "playlists");
    Objects.requireNonNull(requestExport, "requestExport");
    Objects.requireNonNull(ratings, "ratings");
  }
}
