package dev.cadenza.adapters.rest.playlists;

import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.ContentTags;
import dev.cadenza.adapters.rest.http.EntityTags;
import dev.cadenza.adapters.rest.http.Preconditions;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.adapters.rest.problem.Representations;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistChanges;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.GetPlaylistUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuthenticationRequiredException;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Uuids;
import dev.cadenza.domain.shared.model.ValidationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Translations between the playlists resources' wire formats and the domain's values. */
final class PlaylistsWire {

  /** The domain's resource type names, which its not-found errors also use. */
  static final String PLAYLIST = "Playlist";
  static final String ENTRY = "PlaylistEntry";
  static final String SONG = "Song";
  static final String USER = "User";

  /** A playlist's tags: the version, then (on its representations) the total duration and the caller's role. */
  private static final Pattern VERSION_TAG = Pattern.compile("([1-9]\\d{0,17})(?:-\\d{1,18}-[oevn])?");
  /** Representations differ by caller: the role. */
  static final String VARY = "Authorization, X-API-Key";

  private PlaylistsWire() {
  }

  /** Path ids: a malformed id answers the same not-found as an unknown one. */
  static PlaylistId playlistId(String raw) {
    return PlaylistId.parse(raw).orElseThrow(() -> new NotFoundException(PLAYLIST, String.valueOf(raw)));
  }

  static EntryId entryId(String raw) {
    return EntryId.parse(raw).orElseThrow(() -> new NotFoundException(ENTRY, String.valueOf(raw)));
  }

  static SongId songId(String raw) {
    return SongId.parse(raw).orElseThrow(() -> new NotFoundException(SONG, String.valueOf(raw)));
  }

  /** The nil UUID: ids are UUIDv7, so no account has it. */
  static final UserId NO_USER = new UserId(new java.util.UUID(0L, 0L));

  static UserId userId(String raw) {
    return Uuids.parse(raw).map(UserId::new).orElseThrow(() -> new NotFoundException(USER, String.valueOf(raw)));
  }

  /** {@code private} or {@code public} (any case); {@code null} stays {@code null} for the domain to refuse. */
  static Visibility visibility(String raw) {
    if (raw == null) {
      return null;
    }
    return Visibility.fromWireName(raw.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> ValidationException.of("visibility", "must be private or public"));
  }

  /** {@link #visibility(String)}, its refusal added to {@code violations} (and {@code null}) instead of thrown. */
  private static Visibility visibility(String raw, List<FieldViolation> violations) {
    try {
      return visibility(raw);
    } catch (ValidationException e) {
      violations.addAll(e.violations());
      return null;
    }
  }

  /** A collaborator's role: {@code editor} or {@code viewer}. */
  static PlaylistRole collaboratorRole(String raw) {
    Optional<PlaylistRole> role = raw == null ? Optional.empty()
        : PlaylistRole.fromWireName(raw.strip().toLowerCase(Locale.ROOT)).filter(r -> r != PlaylistRole.OWNER);
    return role.orElseThrow(() -> ValidationException.of("role", "must be editor or viewer"));
  }

  /** The {@code listened} filter: absent, {@code true} or {@code false}. */
  static Boolean listenedFilter(String raw) {
    if (QueryParams.text(raw) == null) {
      return null;
    }
    return QueryParams.bool("listened", raw, false);
  }

  /** A required member of a body that binding left null. */
  static <T> T required(String field, T value) {
    if (value == null) {
      throw ValidationException.of(field, "is required");
    }
    return value;
  }

  static String time(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /**
   * A playlist's version as a strong entity tag: what writes that do not answer with the playlist
   * itself (entries, collaborators) return, for the next {@code If-Match}.
   */
  static String etag(Playlist playlist) {
    return EntityTags.strong(Long.toString(playlist.version()));
  }

  /**
   * The strong entity tag of a playlist's representation: the version, the total duration (which
   * changes when a song's duration does, without the playlist's version) and the caller's role (o,
   * e, v, or n for none), which the representation shows. {@code If-Match} reads the version only.
   */
  static String etag(PlaylistView view) {
    char role = view.role().map(r -> switch (r) {
      case OWNER -> 'o';
      case EDITOR -> 'e';
      case VIEWER -> 'v';
    }).orElse('n');
    return EntityTags.strong(view.playlist().version() + "-" + view.durationSeconds() + "-" + role);
  }

  static OptionalLong versionOfTag(String opaque) {
    Matcher m = VERSION_TAG.matcher(opaque);
    return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  static Representations.Representation represent(PlaylistView view) {
    return new Representations.Representation(PlaylistJson.of(view), etag(view));
  }

  static Optional<Representations.Representation> representState(Object state) {
    return state instanceof PlaylistView view ? Optional.of(represent(view)) : Optional.empty();
  }

  /**
   * The version a write must apply to, from {@code If-Match} (see {@link Preconditions#expectedVersion});
   * a tag that is not ours is answered with the playlist as {@code reader} may see it.
   */
  static OptionalLong expectedVersion(String ifMatch, GetPlaylistUseCase getPlaylist, Actor reader, PlaylistId id) {
    return Preconditions.expectedVersion(ifMatch, PlaylistsWire::versionOfTag, () -> getPlaylist.getPlaylist(reader, id),
        v -> v.playlist().version(), PlaylistsWire::represent);
  }

  /**
   * The playlist version a write of one of its members (an entry, a collaborator) applies to.
   * {@code If-Match} may hold the playlist's tags (its {@code ETag}) or the member's own, as a read of
   * the member's URL gives them (RFC 9110: a precondition is about the target resource). The
   * member's tag stands for the playlist's version when the member still looks as it did; the
   * version is read before the member, so a change in between fails the write's own version check
   * instead of slipping through. A member's tag that is not current answers {@code 412} with the
   * member as it is now, and one of a member that is not there (any more) with the playlist.
   */
  static OptionalLong expectedVersion(String ifMatch, GetPlaylistUseCase getPlaylist, Actor reader, PlaylistId id,
                                      String memberName, Supplier<Representations.Representation> member) {
    EntityTags sent = EntityTags.parse(ifMatch);
    if (sent == null || sent.any() || sent.malformed()
        || sent.tags().stream().noneMatch(t -> !t.weak() && ContentTags.isContentTag(t.opaque()))) {
      return expectedVersion(ifMatch, getPlaylist, reader, id);
    }
    // a list may hold the member's tags and the playlist's: either kind that is current will do
    boolean playlistTags = sent.tags().stream().anyMatch(t -> t.weak() || !ContentTags.isContentTag(t.opaque()));
    PlaylistView playlist = getPlaylist.getPlaylist(reader, id);
    Representations.Representation current;
    try {
      current = member.get();
    } catch (NotFoundException gone) {
      if (playlistTags) {
        return expectedVersion(ifMatch, getPlaylist, reader, id);
      }
      throw RequestProblemException.preconditionFailed("If-Match names a state of this " + memberName
          + ", and there is no such " + memberName + " now.", represent(playlist));
    }
    if (Preconditions.matches(ifMatch, current.etag())) {
      return OptionalLong.of(playlist.playlist().version());
    }
    if (playlistTags) {
      return expectedVersion(ifMatch, getPlaylist, reader, id);
    }
    Preconditions.requireMatch(ifMatch, memberName, current);
    return OptionalLong.of(playlist.playlist().version());
  }

  /**
   * A playlist's details from a body, every invalid value reported at once (an unknown visibility
   * included).
   */
  static PlaylistDetails details(String name, String description, String visibility) {
    List<FieldViolation> violations = new ArrayList<>();
    Visibility parsed = visibility(visibility, violations);
    try {
      PlaylistDetails details = new PlaylistDetails(name, description,
          parsed == null && !violations.isEmpty() ? Visibility.PRIVATE : parsed);
      if (violations.isEmpty()) {
        return details;
      }
    } catch (ValidationException e) {
      violations.addAll(e.violations());
    }
    throw new ValidationException(violations);
  }

  /**
   * A change of a playlist's details from a merge patch, every invalid value reported at once (an
   * unknown visibility included), before anything about the playlist is looked at.
   */
  static PlaylistChanges changes(Change<String> name, Change<String> description, Change<String> visibility) {
    List<FieldViolation> violations = new ArrayList<>();
    Change<Visibility> parsed = Change.keep();
    if (visibility.isSet()) {
      Visibility value = visibility(visibility.applyTo(null), violations);
      parsed = violations.isEmpty() ? Change.to(value) : Change.keep();
    }
    PlaylistChanges changes = new PlaylistChanges(name, description, parsed);
    try {
      changes.check();
    } catch (ValidationException e) {
      violations.addAll(e.violations());
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return changes;
  }

  /** The signed-in caller; anonymous callers answer 401. */
  static Actor signedIn(ContainerRequestContext request) {
    Actor actor = CallerFilter.caller(request);
    if (actor.userId().isEmpty()) {
      throw new AuthenticationRequiredException();
    }
    return actor;
  }
}
