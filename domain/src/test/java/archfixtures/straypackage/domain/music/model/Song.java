package archfixtures.straypackage.domain.music.model;

/** Fixture: a model. */
public record Song(String title) {
}
