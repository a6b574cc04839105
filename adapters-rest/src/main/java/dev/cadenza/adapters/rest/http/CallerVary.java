package dev.cadenza.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * {@code Vary: Authorization, X-API-Key} on every JSON read of the API: what a read shows can depend
 * on who asks ({@code likedByMe} in song and album lists, the caller's {@code role} on a playlist,
 * what a profile shows), so a shared cache must not hand one caller's answer to another. Images and
 * files (covers, exports) are left alone: they are the same for everyone who may read them.
 *
 * <p>A read made with credentials is {@code Cache-Control: private} too (unless the resource set its
 * own): a shared cache must not keep a caller's account, keys or private playlists at all, and the
 * rule that keeps it from answers to {@code Authorization} (RFC 9111, 3.5) knows nothing of
 * {@code X-API-Key}.
 *
 * <p>{@code Accept-Encoding} is named too. The server's gzip handler names it on every answer it may
 * compress, but on the servlet response, before the application runs: the application's own
 * {@code Vary} replaces that header, so this one has to carry it on.
 */
@Priority(Priorities.HEADER_DECORATOR)
public final class CallerVary implements ContainerResponseFilter {

  static final String CREDENTIAL_HEADERS = "Authorization, X-API-Key";
  private static final String API_KEY = "X-API-Key";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
      return;
    }
    int status = response.getStatus();
    MediaType type = response.getMediaType();
    boolean json = type != null && type.getSubtype().toLowerCase(Locale.ROOT).endsWith("json");
    if (!(status / 100 == 2 && json || status == 304 && !isFile(request.getUriInfo().getPath()))) {
      return;
    }
    if ((request.getHeaderString(HttpHeaders.AUTHORIZATION) != null || request.getHeaderString(API_KEY) != null)
        && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private");
    }
    String vary = response.getHeaderString(HttpHeaders.VARY);
    if (vary == null || vary.isBlank()) {
      // most reads: one constant, nothing to merge
      response.getHeaders().putSingle(HttpHeaders.VARY, ALL_HEADERS);
      return;
    }
    String named = vary.toLowerCase(Locale.ROOT);
    StringBuilder next = new StringBuilder(vary);
    if (!named.contains("authorization")) {
      next.append(", ").append(CREDENTIAL_HEADERS);
    }
    if (!named.contains(ACCEPT_ENCODING_LOWER)) {
      next.append(", ").append(HttpHeaders.ACCEPT_ENCODING);
    }
    response.getHeaders().putSingle(HttpHeaders.VARY, next.toString());
  }

  /** The {@code Vary} of a JSON read that set none of its own (also what {@code PublicReads} sends). */
  public static final String ALL_HEADERS = CREDENTIAL_HEADERS + ", " + HttpHeaders.ACCEPT_ENCODING;

  private static final String ACCEPT_ENCODING_LOWER = HttpHeaders.ACCEPT_ENCODING.toLowerCase(Locale.ROOT);

  /** The reads that answer a file (a cover, an export), whose 304s carry no type to tell them by. */
  private static boolean isFile(String path) {
    return path.endsWith("/cover") || path.endsWith("/file");
  }
}
