package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Uuids;
import java.util.UUID;

/**
 * Ids on the contract's wire are opaque strings; Cadenza's are UUIDs. A path id that is not one
 * names nothing: {@code 404}, never a {@code 400} for its format. An id inside a body (a song to add,
 * a collaborator) that is not a UUID becomes {@link #NOWHERE}, an id no record ever has, so the use
 * case checks what it checks first (the playlist, the caller's access) and then finds nothing.
 */
final class OpenMusicIds {

  /** The nil UUID: generated ids are version 7 and never nil. */
  static final UUID NOWHERE = new UUID(0, 0);

  private OpenMusicIds() {
  }

  static AlbumId album(String raw) {
    return new AlbumId(Uuids.parse(raw).orElseThrow(() -> OpenMusicException.notFound("Album " + raw + " not found.")));
  }

  static SongId song(String raw) {
    return new SongId(Uuids.parse(raw).orElseThrow(() -> OpenMusicException.notFound("Song " + raw + " not found.")));
  }

  static PlaylistId playlist(String raw) {
    return new PlaylistId(Uuids.parse(raw)
        .orElseThrow(() -> OpenMusicException.notFound("Playlist " + raw + " not found.")));
  }

  /** A song named in a body: an id no song has when it is not a UUID. */
  static SongId songReference(String raw) {
    return new SongId(Uuids.parse(raw).orElse(NOWHERE));
  }

  /** A user named in a body: an id no user has when it is not a UUID. */
  static UserId userReference(String raw) {
    return new UserId(Uuids.parse(raw).orElse(NOWHERE));
  }

  /** An album named in a body: an id no album has when it is not a UUID. */
  static AlbumId albumReference(String raw) {
    return raw == null ? null : new AlbumId(Uuids.parse(raw).orElse(NOWHERE));
  }
}
