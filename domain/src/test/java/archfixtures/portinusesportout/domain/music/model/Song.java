package archfixtures.portinusesportout.domain.music.model;

/** Fixture: a model. */
public record Song(String title) {
}
