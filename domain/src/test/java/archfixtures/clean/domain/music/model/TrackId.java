package archfixtures.clean.domain.music.model;

import java.util.UUID;

/** Fixture: a music id. */
public record TrackId(UUID value) {
}
