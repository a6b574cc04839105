package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.adapters.rest.CallerResolver;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the OpenMusic adapter is mounted and bounded.
 *
 * @param path where the contract's paths start: {@code /openmusic} (the default) serves
 *     {@code /openmusic/albums}, ...; {@code /} (or the empty text) serves them at the root,
 *     beside the native API, which keeps {@code /api/v1}, {@code /status}, {@code /openapi.json}
 *     and {@code /docs}. Normalised without a trailing slash ({@code ""} for the root).
 * @param callers who is calling (Bearer access tokens, API keys), as for the native API
 * @param maxRequestBodyBytes larger bodies answer {@code 413}
 * @param maxCoverBytes the largest album cover; larger ones answer {@code 413}
 * @param maxListedSongs how many songs {@code GET /songs} and an album's {@code songs} list at most
 *     (the contract has no pagination)
 * @param trustedProxies as for the native API: which {@code X-Forwarded-For} entry is the client's
 *     address, for login throttling
 */
public record OpenMusicSettings(String path, CallerResolver callers, long maxRequestBodyBytes, int maxCoverBytes,
                                int maxListedSongs, int trustedProxies) {

  public static final String DEFAULT_PATH = "/openmusic";
  public static final int DEFAULT_MAX_LISTED_SONGS = 1000;

  /** The contract's first path segments, which a root mount serves. */
  static final Set<String> ROOT_SEGMENTS = Set.of("albums", "songs", "users", "authentications", "playlists",
      "collaborations", "export");
  /** What the native API serves; a mount path may not shadow it. */
  private static final Set<String> NATIVE_SEGMENTS = Set.of("api", "status", "openapi.json", "docs");
  private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

  public OpenMusicSettings {
    path = normalise(path);
    Objects.requireNonNull(callers, "callers");
    if (maxRequestBodyBytes < 1) {
      throw new IllegalArgumentException("maxRequestBodyBytes must be positive");
    }
    if (maxCoverBytes < 1) {
      throw new IllegalArgumentException("maxCoverBytes must be positive");
    }
    if (maxListedSongs < 1) {
      throw new IllegalArgumentException("maxListedSongs must be positive");
    }
    if (trustedProxies < 0) {
      throw new IllegalArgumentException("trustedProxies must not be negative");
    }
  }

  /** {@code "/"}, blank or null: the root ({@code ""}); otherwise a path of safe segments, no trailing slash. */
  static String normalise(String path) {
    if (path == null || path.isBlank() || path.strip().equals("/")) {
      return "";
    }
    String p = path.strip();
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (!PATH.matcher(p).matches()) {
      throw new IllegalArgumentException("the OpenMusic path must be / or segments of letters, digits, "
          + "'.', '_', '~' or '-' (such as /openmusic): " + path);
    }
    String first = p.substring(1).split("/", 2)[0].toLowerCase(Locale.ROOT);
    if (NATIVE_SEGMENTS.contains(first)) {
      throw new IllegalArgumentException("the OpenMusic path " + path + " would hide the native API's /" + first);
    }
    return p;
  }

  /** Whether the adapter is mounted at the root. */
  public boolean atRoot() {
    return path.isEmpty();
  }
}
