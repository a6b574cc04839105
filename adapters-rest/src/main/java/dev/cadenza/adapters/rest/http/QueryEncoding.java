package dev.cadenza.adapters.rest.http;

import dev.cadenza.adapters.rest.problem.RequestProblemException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a query string whose percent-encoded bytes are not UTF-8 ({@code 400}), before anything
 * reads a parameter: the decoding Jersey does would turn them into U+FFFD replacement characters, and
 * a playlist named by {@code ?name=%FF} would be stored as one. A broken escape ({@code %zz}, a
 * lone {@code %}) is refused the same way: Jersey's servlet container writes it as {@code %25zz}
 * (a literal {@code %zz}), so where Jersey's query has {@code %25} the query as the client sent it
 * is checked. Paths get the same answer from Jetty.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class QueryEncoding implements ContainerRequestFilter {

  /** The servlet request (a proxy), asked only when Jersey's query has an escaped percent sign. */
  @Context
  private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    String raw = request.getUriInfo().getRequestUri().getRawQuery();
    if (raw == null || raw.indexOf('%') < 0) {
      return;
    }
    // Jersey's query is the one sent, but for broken escapes it rewrote as %25
    String sent = raw.contains("%25") && servletRequest != null ? servletRequest.getQueryString() : null;
    if (!isUtf8(sent == null ? raw : sent)) {
      throw RequestProblemException.badInput("(query)", "is not valid percent-encoded UTF-8");
    }
  }

  /** Whether the percent-decoded bytes of {@code raw} are well-formed UTF-8 (a broken escape is not). */
  public static boolean isUtf8(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return false;
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return false;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
