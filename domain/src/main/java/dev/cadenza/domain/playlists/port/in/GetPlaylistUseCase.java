package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.shared.model.Actor;

/**
 * One playlist, for a reader: anyone when it is public; its owner, collaborators and admins when it
 * is private. Others get {@link dev.cadenza.domain.shared.model.NotFoundException}, as for an
 * unknown id.
 */
public interface GetPlaylistUseCase {
  PlaylistView getPlaylist(Actor reader, PlaylistId id);
}
