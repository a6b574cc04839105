package archfixtures.adaptercallsservice.domain.music.model;

/** Fixture: a model. */
public record Song(String title) {
}
