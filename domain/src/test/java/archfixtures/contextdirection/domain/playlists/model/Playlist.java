package archfixtures.contextdirection.domain.playlists.model;

/** Fixture: a playlist. */
public record Playlist(String name) {
}
