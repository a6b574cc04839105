package dev.cadenza.adapters.rest.http;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Answers {@code 406} when the {@code Accept} header gives every type a resource method produces a
 * quality of zero ({@code application/json;q=0}, or {@code *}{@code /*;q=0} with nothing better), which
 * RFC 9110 (12.5.1) defines as "not acceptable". Jersey's own negotiation refuses types that are
 * not listed, but serves one listed with {@code q=0}. The check runs before the caller's and before
 * the body is read, as Jersey's {@code 406} does, so such a request changes nothing. Headers without
 * a zero quality, nearly all of them, cost one pattern search.
 */
public final class AcceptQuality implements DynamicFeature {

  /** A {@code q} parameter of zero: 0, 0., 0.0, 0.00 or 0.000. */
  private static final Pattern ZERO_QUALITY = Pattern.compile("(?i);\\s*q\\s*=\\s*0(\\.0{0,3})?\\s*(,|;|$)");

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Produces produces = method.getAnnotation(Produces.class);
    if (produces == null) {
      produces = resource.getResourceClass().getAnnotation(Produces.class);
    }
    if (produces == null) {
      return;
    }
    List<MediaType> produced = new ArrayList<>();
    for (String value : produces.value()) {
      for (String type : value.split(",")) {
        produced.add(MediaType.valueOf(type.strip()));
      }
    }
    ContainerRequestFilter filter = request -> {
      String accept = request.getHeaderString(HttpHeaders.ACCEPT);
      if (accept != null && ZERO_QUALITY.matcher(accept).find() && !acceptsAny(accept, produced)) {
        throw new NotAcceptableException();
      }
    };
    context.register(filter, Priorities.AUTHENTICATION - 100);
  }

  /** Whether {@code accept} gives one of {@code produced} a quality above zero (RFC 9110, 12.5.1). */
  static boolean acceptsAny(String accept, List<MediaType> produced) {
    List<Range> ranges = new ArrayList<>();
    for (String part : accept.split(",")) {
      Range range = Range.parse(part);
      if (range != null) {
        ranges.add(range);
      }
    }
    for (MediaType type : produced) {
      if (type.isWildcardType()) {
        // a method that sends each file in its own type (a cover, an export): any range above zero may be it
        if (ranges.stream().anyMatch(r -> r.quality > 0)) {
          return true;
        }
        continue;
      }
      Range best = null;
      for (Range range : ranges) {
        int specificity = range.specificity(type);
        if (specificity > 0 && (best == null || specificity > best.specificity(type))) {
          best = range;
        }
      }
      if (best != null && best.quality > 0) {
        return true;
      }
    }
    return false;
  }

  /** One media range of an {@code Accept} header and its quality. */
  private record Range(String type, String subtype, double quality) {

    static Range parse(String text) {
      String[] params = text.split(";");
      String[] name = params[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
      if (name.length != 2 || name[0].isEmpty() || name[1].isEmpty()) {
        return null;
      }
      double quality = 1;
      for (int i = 1; i < params.length; i++) {
        String[] kv = params[i].split("=", 2);
        if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("q")) {
          try {
            quality = Double.parseDouble(kv[1].strip());
          } catch (NumberFormatException e) {
            quality = 1;
          }
        }
      }
      return new Range(name[0], name[1], quality);
    }

    /** 3 for the type itself, 2 for {@code type/*}, 1 for {@code *}{@code /*}, 0 when it does not match. */
    int specificity(MediaType media) {
      String t = media.getType().toLowerCase(Locale.ROOT);
      String s = media.getSubtype().toLowerCase(Locale.ROOT);
      if (type.equals("*")) {
        return subtype.equals("*") ? 1 : 0;
      }
      if (!type.equals(t)) {
        return 0;
      }
      if (subtype.equals("*")) {
        return 2;
      }
      return subtype.equals(s) ? 3 : 0;
    }
  }
}
