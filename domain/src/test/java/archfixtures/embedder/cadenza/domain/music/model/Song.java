package archfixtures.embedder.cadenza.domain.music.model;

/** Fixture: the embedded domain's model. */
public record Song(String title) {
}
