package dev.cadenza.adapters.rest.ratings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.adapters.rest.http.EntityTags;
import dev.cadenza.adapters.rest.http.JsonNumbers;
import dev.cadenza.adapters.rest.problem.Representations;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.DuplicateRatingException;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingChanges;
import dev.cadenza.domain.ratings.model.RatingDetails;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.ratings.model.Score;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.ValidationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Translations between the ratings resources' wire formats and the domain's values. */
public final class RatingsWire {

  private static final Set<String> RATING_MEMBERS = Set.of("score", "comment");
  private static final Pattern RATING_TAG = Pattern.compile("([1-9]\\d{0,17})");

  private RatingsWire() {
  }

  static CatalogItem song(String raw) {
    return CatalogItem.song(SongId.parse(raw).orElseThrow(() -> new NotFoundException("Song", raw)));
  }

  static CatalogItem album(String raw) {
    return CatalogItem.album(AlbumId.parse(raw).orElseThrow(() -> new NotFoundException("Album", raw)));
  }

  static RatingId ratingId(String raw) {
    return RatingId.parse(raw).orElseThrow(() -> new NotFoundException("Rating", raw));
  }

  /** The path of an item's collection ({@code /api/v1/songs/<id>}). */
  static String itemPath(CatalogItem item) {
    return "/api/v1/" + item.kind().wireName() + "s/" + item.id();
  }

  /** Where a rating lives: {@code /api/v1/songs/<id>/ratings/<ratingId>}. */
  public static String location(CatalogItem item, RatingId rating) {
    return itemPath(item) + "/ratings/" + rating;
  }

  /** The location of the rating a duplicate collides with, for the {@code 409} answer. */
  public static String location(DuplicateRatingException duplicate) {
    return location(duplicate.item(), duplicate.existing());
  }

  /** A new rating's values; every problem at once, as {@code 422}. Unknown members are refused too. */
  static RatingDetails details(ObjectNode body) {
    requireTextComment(body);
    List<FieldViolation> problems = new ArrayList<>();
    unknownMembers(body, problems);
    JsonNode node = body.get("score");
    Score score = null;
    if (node == null || node.isNull()) {
      problems.add(new FieldViolation("score", "is required"));
    } else {
      score = score(node, problems);
    }
    RatingDetails details = checked(score, comment(body, problems), problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return details;
  }

  /** A merge patch: absent members keep their value, a null comment clears it; a null score is refused. */
  static RatingChanges changes(ObjectNode body) {
    requireTextComment(body);
    List<FieldViolation> problems = new ArrayList<>();
    unknownMembers(body, problems);
    Change<Score> score = Change.keep();
    if (body.has("score")) {
      Score s = body.get("score").isNull() ? null : score(body.get("score"), problems);
      if (body.get("score").isNull()) {
        problems.add(new FieldViolation("score", "must not be null"));
      } else if (s != null) {
        score = Change.to(s);
      }
    }
    Change<String> comment = Change.keep();
    if (body.has("comment")) {
      RatingDetails checked = checked(null, comment(body, problems), problems);
      comment = Change.to(checked == null ? null : checked.comment());
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new RatingChanges(score, comment);
  }

  /**
   * A comment of another JSON type than a string (or null) is a {@code 400}, as any property of the
   * wrong JSON type is; the score's wrong types stay a {@code 422} ("not an integer", as API.md has it).
   */
  private static void requireTextComment(ObjectNode body) {
    JsonNode comment = body.get("comment");
    if (comment != null && !comment.isNull() && !comment.isTextual()) {
      throw RequestProblemException.badInput("comment", "must be a string");
    }
  }

  /** The details with the comment checked (trimmed, length); a stand-in score when there is none. */
  private static RatingDetails checked(Score score, String comment, List<FieldViolation> problems) {
    try {
      return new RatingDetails(score == null ? new Score(Score.MIN) : score, comment);
    } catch (ValidationException e) {
      problems.addAll(e.violations());
      return null;
    }
  }

  private static void unknownMembers(ObjectNode body, List<FieldViolation> problems) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!RATING_MEMBERS.contains(name)) {
        problems.add(new FieldViolation(name, "is not a member of a rating"));
      }
    }
  }

  /** An integer 1..10: any other number, a string or a boolean is a {@code 422}. */
  private static Score score(JsonNode node, List<FieldViolation> problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!JsonNumbers.isWhole(node) || !node.canConvertToInt()) {
      problems.add(new FieldViolation("score", "must be an integer between " + Score.MIN + " and " + Score.MAX));
      return null;
    }
    int value = node.intValue();
    if (value < Score.MIN || value > Score.MAX) {
      problems.add(new FieldViolation("score", "must be an integer between " + Score.MIN + " and " + Score.MAX));
      return null;
    }
    return new Score(value);
  }

  /** A fractional JSON number that is a whole one (10.0, 1e1); never true for infinities (1e400 read as a double). */
  private static String comment(ObjectNode body, List<FieldViolation> problems) {
    JsonNode node = body.get("comment");
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      problems.add(new FieldViolation("comment", "must be a string"));
      return null;
    }
    return node.textValue();
  }

  /** A rating's strong entity tag: its version. */
  static String etag(Rating rating) {
    return EntityTags.strong(Long.toString(rating.version()));
  }

  static OptionalLong ratingVersionOfTag(String opaque) {
    Matcher m = RATING_TAG.matcher(opaque);
    return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  static Representations.Representation represent(Rating rating) {
    return new Representations.Representation(RatingJson.of(rating), etag(rating));
  }

  /**
   * The part of a song's or album's entity tag that its figures make: they change without the item's
   * version changing, and {@code likedByMe} differs per caller.
   */
  public static String engagementTag(Engagement e) {
    return "r" + e.rating().count() + "x" + e.rating().sum() + "l" + e.likes()
        + e.likedByMe().map(liked -> liked ? "y" : "n").orElse("");
  }

  /** The regular expression of {@link #engagementTag}, for parsing tags back. */
  public static final String ENGAGEMENT_TAG_PATTERN = "r\\d{1,18}x\\d{1,18}l\\d{1,18}[yn]?";

  static ItemKind kindOf(String chartType) {
    return switch (chartType) {
      case "songs" -> ItemKind.SONG;
      case "albums" -> ItemKind.ALBUM;
      default -> throw new IllegalArgumentException(chartType);
    };
  }

  /** Representations of the ratings context's states, for {@code 412} answers. */
  public static Optional<Representations.Representation> representState(Object state) {
    return state instanceof Rating rating ? Optional.of(represent(rating)) : Optional.empty();
  }
}
