package archfixtures.clean.domain.music.port.in;

import archfixtures.clean.domain.shared.model.Who;

/** Fixture: a command beside its use case. */
public record AddTrackCommand(Who who, String title) {
}
