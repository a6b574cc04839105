package dev.cadenza.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.net.URI;
import java.util.Locale;

/**
 * Behind trusted reverse proxies ({@code CADENZA_TRUSTED_PROXIES} above 0), the scheme the client
 * used is the one the nearest proxy writes in {@code X-Forwarded-Proto} (a load balancer or nginx
 * that ends TLS and forwards plain HTTP), so {@code Location} and every other link the service
 * writes from the request say {@code https} when the client's request did. Without trusted proxies
 * the header is ignored: anyone can write it. Only {@code http} and {@code https} are taken; the
 * right-most value of a list (the nearest proxy's) counts, and a default port of the other scheme
 * is dropped.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class ForwardedScheme implements ContainerRequestFilter {

  public static final String FORWARDED_PROTO = "X-Forwarded-Proto";

  private final boolean trusted;

  /** @param trusted whether trusted proxies stand in front (else the filter changes nothing) */
  public ForwardedScheme(boolean trusted) {
    this.trusted = trusted;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!trusted) {
      return;
    }
    String scheme = scheme(request.getHeaderString(FORWARDED_PROTO));
    URI base = request.getUriInfo().getBaseUri();
    if (scheme == null || scheme.equalsIgnoreCase(base.getScheme())) {
      return;
    }
    request.setRequestUri(withScheme(base, scheme), withScheme(request.getUriInfo().getRequestUri(), scheme));
  }

  /** {@code http} or {@code https} from the header's right-most value; {@code null} for anything else. */
  static String scheme(String header) {
    if (header == null) {
      return null;
    }
    String last = header.substring(header.lastIndexOf(',') + 1).strip().toLowerCase(Locale.ROOT);
    return last.equals("http") || last.equals("https") ? last : null;
  }

  /** {@code uri} with {@code scheme}, its encoded path and query as they were. */
  static URI withScheme(URI uri, String scheme) {
    int port = uri.getPort();
    boolean otherDefault = (port == 80 && scheme.equals("https")) || (port == 443 && scheme.equals("http"));
    StringBuilder s = new StringBuilder(scheme).append("://").append(uri.getHost());
    if (port >= 0 && !otherDefault) {
      s.append(':').append(port);
    }
    s.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      s.append('?').append(uri.getRawQuery());
    }
    return URI.create(s.toString());
  }
}
