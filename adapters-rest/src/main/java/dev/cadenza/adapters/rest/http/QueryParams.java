package dev.cadenza.adapters.rest.http;

import dev.cadenza.adapters.rest.problem.FieldError;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.PageRequest;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Query parameters arrive as text and are read here, so that a value of the wrong syntax answers
 * {@code 400} naming the parameter, while values that are well-formed but out of range reach the
 * domain (which answers {@code 422}). Blank values count as absent.
 */
public final class QueryParams {

  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,30}");
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  private QueryParams() {
  }

  /** The text, or {@code null} when absent or blank. */
  public static String text(String raw) {
    return raw == null || raw.isBlank() ? null : raw;
  }

  /** An integer filter; {@code null} when absent. */
  public static Integer integer(String name, String raw) {
    if (text(raw) == null) {
      return null;
    }
    String value = raw.strip();
    if (!INTEGER.matcher(value).matches()) {
      throw RequestProblemException.badInput(name, "must be an integer");
    }
    BigInteger parsed = new BigInteger(value);
    if (parsed.compareTo(INT_MIN) < 0 || parsed.compareTo(INT_MAX) > 0) {
      throw RequestProblemException.invalid(List.of(new FieldError(name, "is out of range")));
    }
    return parsed.intValue();
  }

  /** {@code true} or {@code false} (any case); {@code fallback} when absent. */
  public static boolean bool(String name, String raw, boolean fallback) {
    if (text(raw) == null) {
      return fallback;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw RequestProblemException.badInput(name, "must be true or false");
    };
  }

  /**
   * The page size: the default when absent, {@code 400} when not an integer. An integer outside
   * 1..100 is passed on (clamped to the int range) so the domain rejects it with {@code 422}.
   */
  public static int limit(String raw) {
    return limit(raw, PageRequest.DEFAULT_LIMIT);
  }

  /** As {@link #limit(String)}, with {@code fallback} when absent. */
  public static int limit(String raw, int fallback) {
    if (text(raw) == null) {
      return fallback;
    }
    String value = raw.strip();
    if (!INTEGER.matcher(value).matches()) {
      throw RequestProblemException.badInput("limit", "must be an integer");
    }
    BigInteger parsed = new BigInteger(value);
    return parsed.max(INT_MIN).min(INT_MAX).intValue();
  }

  /** The cursor; an unreadable one raises the domain's {@code InvalidCursor} ({@code 400}). */
  public static Optional<Cursor> cursor(String raw) {
    if (text(raw) == null) {
      return Optional.empty();
    }
    return Optional.of(Cursor.parse(raw.strip()));
  }

  /** {@code limit}, {@code cursor} and {@code includeTotal} as a page request. */
  public static PageRequest page(String limit, String cursor, String includeTotal) {
    int size = limit(limit);
    Optional<Cursor> after = cursor(cursor);
    boolean total = bool("includeTotal", includeTotal, false);
    return new PageRequest(size, after, total);
  }
}
