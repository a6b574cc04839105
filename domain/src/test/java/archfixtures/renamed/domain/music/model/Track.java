package archfixtures.renamed.domain.music.model;

/** Fixture: a model. */
public record Track(String title) {
}
