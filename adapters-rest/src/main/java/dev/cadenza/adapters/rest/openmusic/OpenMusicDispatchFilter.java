package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.adapters.rest.http.QueryEncoding;
import dev.cadenza.adapters.rest.http.RefusedBodies;
import dev.cadenza.adapters.rest.http.RequestBodyLimitFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Objects;
import org.eclipse.jetty.http.HttpStatus;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Sends the requests under the OpenMusic path to the adapter's own Jersey application and every
 * other request on down the chain (to the native API). The application sees the mount path as its
 * base URI, so its resources have the contract's paths ({@code /albums}, ...) wherever it is
 * mounted. Request bodies are bounded here, before anything reads them, with the contract's
 * {@code 413}; whatever escapes the application is answered with the contract's envelope too.
 */
final class OpenMusicDispatchFilter implements Filter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAFE = "-._~:/?#[]@!$&'()*+,;=%";

  private final OpenMusicSettings settings;
  private final ServletContainer container;
  private final RequestBodyLimitFilter bodyLimit;

  OpenMusicDispatchFilter(OpenMusicSettings settings, ServletContainer container) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.container = Objects.requireNonNull(container, "container");
    this.bodyLimit = new RequestBodyLimitFilter(settings.maxRequestBodyBytes(), (response, max) ->
        write(response, 413, Envelope.fail("The request body is larger than " + max + " bytes.")));
  }

  @Override
  public void init(FilterConfig filterConfig) throws ServletException {
    ServletContext context = filterConfig.getServletContext();
    container.init(new ServletConfig() {
      @Override
      public String getServletName() {
        return OpenMusicModule.FILTER_NAME;
      }

      @Override
      public ServletContext getServletContext() {
        return context;
      }

      @Override
      public String getInitParameter(String name) {
        return null;
      }

      @Override
      public Enumeration<String> getInitParameterNames() {
        return Collections.emptyEnumeration();
      }
    });
  }

  @Override
  public void destroy() {
    container.destroy();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
      chain.doFilter(request, response);
      return;
    }
    String contextPath = http.getContextPath() == null ? "" : http.getContextPath();
    String uri = http.getRequestURI();
    String path = uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
    if (!handles(path)) {
      chain.doFilter(request, response);
      return;
    }
    String sentQuery = http.getQueryString();
    if (sentQuery != null && sentQuery.indexOf('%') >= 0 && !QueryEncoding.isUtf8(sentQuery)) {
      write(out, 400, Envelope.fail("The query string is not valid percent-encoded UTF-8."));
      return;
    }
    URI base;
    URI requestUri;
    try {
      String origin = origin(http.getRequestURL().toString());
      base = URI.create(encodeUnsafe(origin + contextPath + settings.path() + "/"));
      String query = http.getQueryString();
      requestUri = URI.create(encodeUnsafe(origin + uri + (query == null ? "" : "?" + query)));
    } catch (IllegalArgumentException e) {
      write(out, 400, Envelope.fail("The request URI cannot be read."));
      return;
    }
    try {
      bodyLimit.doFilter(http, new EnvelopeErrors(http, out), (limited, sameResponse) ->
          container.service(base, requestUri, (HttpServletRequest) limited, (HttpServletResponse) sameResponse));
    } catch (IOException | ServletException | RuntimeException e) {
      if (out.isCommitted()) {
        throw e;
      }
      out.reset();
      Response answer = OpenMusicExceptionMapper.answer(e, http.getMethod() + " " + path);
      write(out, answer.getStatus(), (Envelope) answer.getEntity());
    }
  }

  /** Whether {@code path} (from the context root, encoded) is the adapter's. */
  boolean handles(String path) {
    if (!settings.atRoot()) {
      return path.equals(settings.path()) || path.startsWith(settings.path() + "/");
    }
    if (path.length() < 2 || path.charAt(0) != '/') {
      return false;
    }
    int end = path.indexOf('/', 1);
    String first = end < 0 ? path.substring(1) : path.substring(1, end);
    return OpenMusicSettings.ROOT_SEGMENTS.contains(first);
  }

  /** {@code scheme://authority} of a request URL. */
  private static String origin(String requestUrl) {
    int authority = requestUrl.indexOf("://");
    int pathStart = authority < 0 ? -1 : requestUrl.indexOf('/', authority + 3);
    return pathStart < 0 ? requestUrl : requestUrl.substring(0, pathStart);
  }

  /** Percent-encodes what may not stand in a URI as it is (spaces, quotes, non-ASCII), leaving escapes alone. */
  static String encodeUnsafe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean safe = c < 0x80 && (Character.isLetterOrDigit(c) || SAFE.indexOf(c) >= 0);
      if (safe) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
      for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
      i = end - 1;
    }
    return out == null ? text : out.toString();
  }

  /**
   * Answers {@code sendError} (an error without an entity, which Jersey makes for a header it cannot
   * parse) with the contract's envelope, not with the container's error page or an empty body.
   */
  static final class EnvelopeErrors extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    EnvelopeErrors(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (isCommitted()) {
        super.sendError(status, message);
        return;
      }
      resetBuffer();
      // the body nobody read, read to its end first (as the native API does), so that the client's
      // connection stays usable for its next request
      long announced = request.getContentLengthLong();
      if (RefusedBodies.worthReading(announced, request.getHeader("Expect"))) {
        RefusedBodies.discard(request.getInputStream(), announced);
      }
      write((HttpServletResponse) getResponse(), status, status >= 500
          ? Envelope.error("The server could not answer this request.")
          : Envelope.fail(status == 400
              ? "The request cannot be read: check its headers (such as Accept and Content-Type)."
              : HttpStatus.getMessage(status) + "."));
    }
  }

  private static void write(HttpServletResponse response, int status, Envelope envelope) throws IOException {
    byte[] body = JSON.writeValueAsBytes(envelope);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
