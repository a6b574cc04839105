package dev.cadenza.adapters.rest.openmusic;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.playlists.model.SongSummary;
import java.util.List;

/** The contract's representations, named and shaped as its clients read them. */
final class OpenMusicJson {

  private OpenMusicJson() {
  }

  /** A song in a list (the catalog, an album, a playlist): exactly these three keys. */
  @JsonPropertyOrder({"id", "title", "performer"})
  record SongItem(String id, String title, String performer) {
    static SongItem of(Song song) {
      return new SongItem(song.id().toString(), song.details().title(), song.details().performer());
    }

    static SongItem of(SongSummary song) {
      return new SongItem(song.id().toString(), song.title(), song.performer());
    }
  }

  /** {@code GET /songs/{id}}: the song; {@code duration} and {@code albumId} are null when unknown. */
  @JsonPropertyOrder({"id", "title", "year", "performer", "genre", "duration", "albumId"})
  record SongDetail(String id, String title, Integer year, String performer, String genre, Integer duration,
                    String albumId) {
    static SongDetail of(Song song) {
      SongDetails d = song.details();
      return new SongDetail(song.id().toString(), d.title(), d.year(), d.performer(), d.genre(), d.durationSeconds(),
          d.albumId() == null ? null : d.albumId().toString());
    }
  }

  /** {@code GET /albums/{id}}: {@code coverUrl} is null (present, not left out) until a cover is uploaded. */
  @JsonPropertyOrder({"id", "name", "year", "coverUrl", "songs"})
  record Album(String id, String name, Integer year, String coverUrl, List<SongItem> songs) {
  }

  /** A playlist in {@code GET /playlists}: exactly these three keys; {@code username} is the owner's. */
  @JsonPropertyOrder({"id", "name", "username"})
  record PlaylistItem(String id, String name, String username) {
  }

  /** {@code GET /playlists/{id}/songs}. */
  @JsonPropertyOrder({"id", "name", "username", "songs"})
  record PlaylistSongs(String id, String name, String username, List<SongItem> songs) {
  }

  /** {@code GET /playlists/{id}/activities}: one add or delete of a song, oldest first. */
  @JsonPropertyOrder({"username", "title", "action", "time"})
  record Activity(String username, String title, String action, String time) {
  }

  @JsonPropertyOrder({"playlistId", "activities"})
  record Activities(String playlistId, List<Activity> activities) {
  }

  /** {@code GET /users/{id}} (in the contract's description, not in its tests). */
  @JsonPropertyOrder({"id", "username", "fullname"})
  record User(String id, String username, String fullname) {
  }
}
