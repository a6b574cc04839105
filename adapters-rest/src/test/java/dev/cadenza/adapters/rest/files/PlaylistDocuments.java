package dev.cadenza.adapters.rest.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import dev.cadenza.domain.playlists.model.PlaylistDocument.Track;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.shared.model.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Documents, tracks and assertions the playlist file tests share. */
final class PlaylistDocuments {

  static final PlaylistId PLAYLIST_ID = new PlaylistId(UUID.fromString("018f2a6e-0000-7000-8000-0000000000aa"));
  static final Instant EXPORTED_AT = Instant.parse("2024-05-06T07:08:09Z");
  static final String BASE = "https://cadenza.example";
  static final String PLAYLIST_URL = BASE + "/api/v1/playlists/" + PLAYLIST_ID;

  private PlaylistDocuments() {
  }

  static SongId songId(int n) {
    return new SongId(UUID.fromString(String.format("018f2a6e-0000-7000-8000-%012d", n)));
  }

  static Track track(int n, String performer, String title) {
    return new Track(songId(n), title, performer, Optional.empty(), Optional.empty());
  }

  static Track track(int n, String performer, String title, String album, int seconds) {
    return new Track(songId(n), title, performer, Optional.of(album), Optional.of(seconds));
  }

  static PlaylistDocument document(String name, Optional<String> description, Optional<String> location,
                                   List<Track> tracks) {
    return new PlaylistDocument(PLAYLIST_ID, name, description, "ada", EXPORTED_AT, location, tracks);
  }

  static PlaylistDocument document(List<Track> tracks) {
    return document("Road Trip", Optional.of("Songs for the road"), Optional.of(PLAYLIST_URL), tracks);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Asserts that {@code call} is refused with one violation on "file" whose message has {@code text}. */
  static void assertRefused(ThrowingCallable call, String text) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .singleElement()
            .satisfies(v -> {
              assertThat(v.field()).isEqualTo("file");
              assertThat(v.message()).contains(text);
            }));
  }
}
