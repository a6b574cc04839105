package dev.cadenza.adapters.rest.http;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import java.io.IOException;

/**
 * Reads what is left of a request body before the answer goes out. A request refused before its body
 * was read (an unknown method's {@code 405}, a {@code 401}) used to be answered at once; when the body
 * arrived after that answer, Jetty closed the connection without having announced it, and a client
 * sending its next request on that connection met a closed socket. Reading the rest first keeps the
 * connection usable; a body that cannot be read (over the body limit, a broken or stalled upload)
 * makes the answer say {@code Connection: close} instead.
 */
public final class UnreadBodies implements ContainerResponseFilter {

  @Context
  private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    // decided from the request Jersey already holds: the servlet request is a proxy, and every call
    // on it is a lookup of the current request (about a tenth of a cached read's CPU when made always)
    if (servletRequest == null || !mayHaveBody(request)) {
      return;
    }
    ServletInputStream in;
    try {
      in = servletRequest.getInputStream();
    } catch (IOException | IllegalStateException notAStream) {
      return;
    }
    if (in.isFinished()) {
      return;
    }
    try {
      if (in.read() == -1) {
        return;
      }
      byte[] buffer = new byte[8192];
      while (in.read(buffer) != -1) {
        // discarded: the answer does not depend on it
      }
    } catch (IOException | RuntimeException unreadable) {
      response.getHeaders().putSingle("Connection", "close");
    }
  }

  /**
   * HTTP/1.1: a request has a body only with a Content-Length above 0 or a Transfer-Encoding; a
   * gzip-coded one inflated by the body filter shows neither, and says so by a property.
   */
  static boolean mayHaveBody(ContainerRequestContext request) {
    long length = RefusedBodies.announcedLength(request);
    return length > 0 || (length < 0 && request.getHeaderString("Transfer-Encoding") != null)
        || request.getProperty(GzipBodies.INFLATED) != null;
  }
}
