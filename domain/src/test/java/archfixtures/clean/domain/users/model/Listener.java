package archfixtures.clean.domain.users.model;

import archfixtures.clean.domain.shared.model.Who;

/** Fixture: the users context uses only the shared kernel. */
public record Listener(Who who, String displayName) {
}
