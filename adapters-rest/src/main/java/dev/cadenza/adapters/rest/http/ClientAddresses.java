package dev.cadenza.adapters.rest.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The address a request comes from, as login throttling counts it. By default the connection's
 * remote address, whatever {@code X-Forwarded-For} says (any client can write that header). Behind
 * {@code trustedProxies} reverse proxies that each append the address they saw to
 * {@code X-Forwarded-For}, the client is the {@code trustedProxies}-th address from the right: the
 * one the outermost trusted proxy saw. Addresses a client wrote itself stay to the left of it and are
 * never used.
 */
public final class ClientAddresses {

  public static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final int MAX_ADDRESS_LENGTH = 100;

  private final int trustedProxies;

  public ClientAddresses(int trustedProxies) {
    if (trustedProxies < 0) {
      throw new IllegalArgumentException("trustedProxies must not be negative");
    }
    this.trustedProxies = trustedProxies;
  }

  /**
   * The client's address.
   *
   * @param remoteAddress the connection's peer; {@code null} when not known (outside a servlet container)
   * @param forwardedFor every {@code X-Forwarded-For} header value of the request, in order
   */
  public String clientAddress(String remoteAddress, List<String> forwardedFor) {
    if (trustedProxies == 0 || forwardedFor == null || forwardedFor.isEmpty()) {
      return remoteAddress;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      if (header == null) {
        continue;
      }
      for (String part : header.split(",")) {
        hops.add(part.strip());
      }
    }
    if (hops.isEmpty()) {
      return remoteAddress;
    }
    // Fewer entries than trusted proxies: the request skipped the outer ones, and every entry was
    // still written by a trusted proxy; the left-most is the farthest address any of them saw.
    int index = Math.max(0, hops.size() - trustedProxies);
    String client = hops.get(index);
    if (client.isEmpty() || client.length() > MAX_ADDRESS_LENGTH) {
      return remoteAddress;
    }
    return client;
  }

  /** The header's values as {@link jakarta.servlet.http.HttpServletRequest#getHeaders} lists them. */
  public static List<String> values(java.util.Enumeration<String> headers) {
    return headers == null ? List.of() : Collections.list(headers);
  }
}
