package dev.cadenza.adapters.rest.music;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.adapters.rest.http.EntityTags;
import dev.cadenza.adapters.rest.ratings.RatingsWire;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.adapters.rest.http.ValidationCollector;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.adapters.rest.problem.Representations;
import dev.cadenza.domain.music.model.AlbumChanges;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.CoverImage;
import dev.cadenza.domain.shared.model.StoredObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongChanges;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Translations between the music resources' wire formats and the domain's values. */
final class MusicWire {

  /** The domain's resource type names, which its not-found errors also use. */
  static final String SONG = "Song";
  static final String ALBUM = "Album";

  private static final Pattern SONG_TAG = Pattern.compile("([1-9]\\d{0,17})(?:-" + RatingsWire.ENGAGEMENT_TAG_PATTERN + ")?");
  private static final Pattern ALBUM_TAG = Pattern.compile("([1-9]\\d{0,17})(?:-(\\d{1,18})(?:-"
      + RatingsWire.ENGAGEMENT_TAG_PATTERN + ")?)?");
  private static final String SORTS = Arrays.stream(CatalogSort.values()).map(CatalogSort::wireName)
      .collect(Collectors.joining(", "));

  private MusicWire() {
  }

  /** A path id; malformed ids answer the same not-found as unknown ones. */
  static SongId songId(String raw) {
    return SongId.parse(raw).orElseThrow(() -> new NotFoundException(SONG, raw));
  }

  static AlbumId albumId(String raw) {
    return AlbumId.parse(raw).orElseThrow(() -> new NotFoundException(ALBUM, raw));
  }

  /** An album id given as a query filter: {@code 400} when it cannot be an id. */
  static AlbumId albumFilter(String raw) {
    String text = QueryParams.text(raw);
    if (text == null) {
      return null;
    }
    return AlbumId.parse(text.strip())
        .orElseThrow(() -> RequestProblemException.badInput("albumId", "is not a valid album id"));
  }

  static CatalogSort sort(String raw) {
    String text = QueryParams.text(raw);
    if (text == null) {
      return CatalogSort.TITLE;
    }
    return CatalogSort.fromWireName(text.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> RequestProblemException.badInput("sort", "must be one of " + SORTS));
  }

  /** A song's album reference from a body: one that cannot be an id is as invalid as an unknown one. */
  private static AlbumId albumReference(String raw) {
    if (raw == null) {
      return null;
    }
    return AlbumId.parse(raw.strip()).orElseThrow(() -> ValidationException.of("albumId", "no album has this id"));
  }

  static SongDetails songDetails(SongInput in) {
    ValidationCollector collector = new ValidationCollector();
    AlbumId album = collector.attempt(() -> albumReference(in.albumId()));
    SongDetails details = collector.attempt(() -> new SongDetails(in.title(), in.performer(), in.genre(), in.year(),
        in.durationSeconds(), album));
    collector.throwIfAny();
    return details;
  }

  static SongChanges songReplacement(SongInput in) {
    SongDetails d = songDetails(in);
    return SongChanges.replaceWith(d.title(), d.performer(), d.genre(), d.year(), d.durationSeconds(), d.albumId());
  }

  /** Merge-patch semantics: a member left out keeps the value, a present one (even null) sets it. */
  static SongChanges songChanges(ObjectNode body, SongPatch patch) {
    Change<AlbumId> album = body.has("albumId") ? Change.to(albumReference(patch.albumId())) : Change.keep();
    return new SongChanges(
        change(body, "title", patch.title()),
        change(body, "performer", patch.performer()),
        change(body, "genre", patch.genre()),
        change(body, "year", patch.year()),
        change(body, "durationSeconds", patch.durationSeconds()),
        album);
  }

  static AlbumDetails albumDetails(AlbumInput in) {
    return new AlbumDetails(in.title(), in.performer(), in.year());
  }

  static AlbumChanges albumReplacement(AlbumInput in) {
    AlbumDetails d = albumDetails(in);
    return AlbumChanges.replaceWith(d.title(), d.performer(), d.year());
  }

  static AlbumChanges albumChanges(ObjectNode body, AlbumPatch patch) {
    return new AlbumChanges(change(body, "title", patch.title()), change(body, "performer", patch.performer()),
        change(body, "year", patch.year()));
  }

  private static <T> Change<T> change(ObjectNode body, String field, T value) {
    return body.has(field) ? Change.to(value) : Change.keep();
  }

  /**
   * Where a client GETs the album's cover: {@code /api/v1/albums/<id>/cover?v=<sha256>}, null without
   * a cover. The digest makes the URL name one image for ever, so it can be cached for long; a key
   * of another shape than the service writes (put there by hand) gets the URL without it.
   */
  static String coverUrl(Album album) {
    return album.coverKey().map(key -> {
      String url = AlbumResource.PATH + "/" + album.id() + "/cover";
      return CoverImage.digestOfKey(key).map(d -> url + "?" + AlbumCoverResource.VERSION_PARAMETER + "=" + d)
          .orElse(url);
    }).orElse(null);
  }

  /** The SHA-256 digest of a stored cover: from its content-addressed key, or computed for another key. */
  static String coverDigest(StoredObject cover) {
    return CoverImage.digestOfKey(cover.key()).orElseGet(() -> {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cover.bytes()));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    });
  }

  /** A song's strong entity tag: its version. */
  static String etag(Song song) {
    return EntityTags.strong(Long.toString(song.version()));
  }

  /**
   * An album's strong entity tag: its version and its song count, since the representation shows
   * both and the count changes without the album's version changing.
   */
  static String etag(AlbumView view) {
    return EntityTags.strong(view.album().version() + "-" + view.songCount());
  }

  /**
   * A song's strong entity tag as its representation shows it: the version and the figures (rating,
   * likes, likedByMe), which change without the version changing. {@code If-Match} reads only the
   * version back.
   */
  static String etag(Song song, Engagement figures) {
    return EntityTags.strong(song.version() + "-" + RatingsWire.engagementTag(figures));
  }

  /** An album's strong entity tag: version, song count and figures. */
  static String etag(AlbumView view, Engagement figures) {
    return EntityTags.strong(view.album().version() + "-" + view.songCount() + "-" + RatingsWire.engagementTag(figures));
  }

  static Representations.Representation represent(Song song, Engagement figures) {
    return new Representations.Representation(SongJson.of(song, figures), etag(song, figures));
  }

  static Representations.Representation represent(AlbumView view, Engagement figures) {
    return new Representations.Representation(AlbumJson.of(view, figures), etag(view, figures));
  }

  static OptionalLong songVersionOfTag(String opaque) {
    Matcher m = SONG_TAG.matcher(opaque);
    return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  /**
   * The album version an {@code If-Match} tag names: its whole tag, or the bare version (the body's
   * {@code version}), as for songs; the song count part does not guard writes.
   */
  static OptionalLong albumVersionOfTag(String opaque) {
    Matcher m = ALBUM_TAG.matcher(opaque);
    return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  /** With zero figures: where the figures are not at hand (the current state of a domain {@code 412}). */
  static Representations.Representation represent(Song song) {
    return represent(song, Figures.none(dev.cadenza.domain.ratings.model.CatalogItem.song(song.id())));
  }

  static Representations.Representation represent(AlbumView view) {
    return represent(view, Figures.none(dev.cadenza.domain.ratings.model.CatalogItem.album(view.album().id())));
  }

  /** Representations of the music context's states, for {@code 412} answers. */
  static Optional<Representations.Representation> representState(Object state) {
    if (state instanceof Song song) {
      return Optional.of(represent(song));
    }
    if (state instanceof AlbumView view) {
      return Optional.of(represent(view));
    }
    return Optional.empty();
  }
}
