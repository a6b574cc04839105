package archfixtures.contextdirection.domain.music.model;

import archfixtures.contextdirection.domain.playlists.model.Playlist;

/** Fixture: music may not use playlists (no cycle). */
public record Song(String title, Playlist featuredIn) {
}
