package archfixtures.clean.domain.playlists.model;

import archfixtures.clean.domain.music.model.TrackId;
import archfixtures.clean.domain.users.model.Listener;
import java.util.List;

/** Fixture: playlists may use music and users. */
public record Mixtape(Listener owner, List<TrackId> tracks) {
}
