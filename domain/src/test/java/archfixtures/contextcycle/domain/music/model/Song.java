package archfixtures.contextcycle.domain.music.model;

import archfixtures.contextcycle.domain.users.model.Fan;

/** Fixture: music uses users ... */
public record Song(String title, Fan favouriteOf) {
}
