package dev.cadenza.adapters.rest.http;

import dev.cadenza.adapters.rest.problem.Representations.Representation;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** Conditional requests on versioned resources: {@code If-None-Match} on reads, {@code If-Match} on writes. */
public final class Preconditions {

  private Preconditions() {
  }

  /** True when a read should answer {@code 304}: {@code If-None-Match} matches the current tag (weakly). */
  public static boolean notModified(String ifNoneMatch, String currentEtag) {
    EntityTags tags = EntityTags.parse(ifNoneMatch);
    return tags != null && tags.matchesWeakly(unquote(currentEtag));
  }

  /**
   * {@code If-Match} against the strong tag of {@code current} (RFC 9110's strong comparison), for
   * resources without a version of their own: nothing to check without the header or with {@code *};
   * a list that holds the tag passes; anything else answers {@code 412} showing {@code current}.
   *
   * @param what how the detail names the resource ("saved song", "entry")
   */
  public static void requireMatch(String ifMatch, String what, Representation current) {
    if (!matches(ifMatch, current.etag())) {
      throw RequestProblemException.preconditionFailed("If-Match does not match the " + what
          + "'s current entity tag " + current.etag() + ".", current);
    }
  }

  /**
   * {@code If-Match} against a current representation's tag (strong comparison): true without the
   * header, with {@code *}, or with a list that holds the tag; false for anything else, a malformed
   * header included.
   */
  public static boolean matches(String ifMatch, String currentEtag) {
    EntityTags sent = EntityTags.parse(ifMatch);
    if (sent == null || (sent.any() && !sent.malformed())) {
      return true;
    }
    return !sent.malformed() && sent.strongOpaques().contains(unquote(currentEtag));
  }

  /**
   * The version a write must apply to, from {@code If-Match}: empty without the header or with
   * {@code *}; the tag's version when it names one of our tags. Anything else (a tag we never issued,
   * a weak tag, a malformed header, or a list none of whose versions is current) answers {@code 412}
   * with the current representation, which is then read to be shown.
   *
   * @param versionOfTag the version an opaque tag text stands for, empty when it is not one of ours
   * @param current reads the resource as it is now (raising not-found when it does not exist)
   */
  public static <T> OptionalLong expectedVersion(String ifMatch, Function<String, OptionalLong> versionOfTag,
                                                 Supplier<T> current, ToLongFunction<T> versionOf,
                                                 Function<T, Representation> represent) {
    EntityTags tags = EntityTags.parse(ifMatch);
    if (tags == null || (tags.any() && !tags.malformed())) {
      return OptionalLong.empty();
    }
    Set<Long> versions = new HashSet<>();
    List<String> strong = tags.malformed() ? List.of() : tags.strongOpaques();
    for (String opaque : strong) {
      versionOfTag.apply(opaque).ifPresent(versions::add);
    }
    if (versions.size() == 1 && strong.size() == tags.tags().size()) {
      return OptionalLong.of(versions.iterator().next());
    }
    T now = current.get();
    long version = versionOf.applyAsLong(now);
    if (versions.contains(version)) {
      return OptionalLong.of(version);
    }
    Representation representation = represent.apply(now);
    String sent = ifMatch.strip();
    // repeated only when it is short printable ASCII: other bytes would come back garbled
    String named = sent.length() <= 200 && sent.chars().allMatch(c -> c >= 0x20 && c < 0x7F)
        ? "If-Match " + sent : "The If-Match header";
    throw RequestProblemException.preconditionFailed(named + " does not match the current entity tag "
        + representation.etag() + ".", representation);
  }

  /**
   * Runs a write whose version check the domain makes: when it fails there (the tag named a version
   * that is not the current one), the {@code 412} shows the current state as a read by this caller
   * would ({@code represent}: with its figures and their entity tag), not the bare state the domain
   * carries. States {@code represent} does not know are answered as the domain's exception.
   */
  public static <T> T showingCurrent(Supplier<T> write, Function<Object, Optional<Representation>> represent) {
    try {
      return write.get();
    } catch (PreconditionFailedException stale) {
      Optional<Representation> shown = stale.current() == null ? Optional.empty() : represent.apply(stale.current());
      if (shown.isEmpty()) {
        throw stale;
      }
      throw RequestProblemException.preconditionFailed(stale, shown.get());
    }
  }

  private static String unquote(String etag) {
    if (etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")) {
      return etag.substring(1, etag.length() - 1);
    }
    return etag;
  }
}
