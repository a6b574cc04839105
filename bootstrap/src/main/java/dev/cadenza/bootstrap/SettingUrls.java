package dev.cadenza.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Predicate;

/** The URL settings' common check: empty (not set), or a URL with a host that {@code usable} accepts. */
final class SettingUrls {

  private SettingUrls() {
  }

  static boolean emptyOr(String text, Predicate<URI> usable) {
    if (text == null || text.isBlank()) {
      return true;
    }
    try {
      URI uri = new URI(text.strip());
      return uri.getHost() != null && usable.test(uri);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** An {@code http} or {@code https} URL (the scheme in any case). */
  static boolean isHttp(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }
}
