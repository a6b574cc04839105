package archfixtures.clean.domain.music.model;

import archfixtures.clean.domain.shared.model.Who;

/** Fixture: a music model using the shared kernel. */
public record Track(TrackId id, String title, Who addedBy) {
}
