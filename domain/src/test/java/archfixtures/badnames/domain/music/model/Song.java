package archfixtures.badnames.domain.music.model;

/** Fixture: a model. */
public record Song(String title) {
}
