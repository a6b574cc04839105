package archfixtures.contextcycle.domain.users.model;

import archfixtures.contextcycle.domain.music.model.Song;

/** Fixture: ... and users uses music: a cycle. */
public record Fan(String name, Song favourite) {
}
