package dev.cadenza.bootstrap;

import dev.cadenza.adapters.rest.problem.ProblemJson;
import dev.cadenza.adapters.rest.problem.ProblemType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards the admin port's tasks ({@code POST /tasks/*}: the seed loaders, log levels, garbage
 * collection), which change the service's data or behaviour, and its diagnostics ({@code /threads},
 * a dump of every thread's stack, and {@code /pprof}, a CPU profile that runs for as long as asked),
 * which reveal the service's internals or cost it CPU. With a task token configured
 * ({@code CADENZA_ADMIN_TASK_TOKEN}) a task needs {@code Authorization: Bearer <token>}, from
 * anywhere; without one, tasks answer only to this machine (a loopback address), so that reaching
 * the admin port over the network (a load balancer's health checks, a scraper of {@code /metrics})
 * is not enough to run them. The port's health pages ({@code /ping}, {@code /healthcheck},
 * {@code /metrics}) are not guarded.
 */
final class AdminTaskGuard implements Filter {

  /** The shortest token accepted: 16 characters, as from {@code openssl rand -hex 16} (32). */
  static final int MINIMUM_TOKEN_LENGTH = 16;
  /** What the guard covers on the admin port. */
  static final String[] PATH_PATTERNS = {"/tasks/*", "/threads", "/pprof"};

  private static final String BEARER = "Bearer ";

  private final Optional<byte[]> token;

  private AdminTaskGuard(Optional<byte[]> token) {
    this.token = token;
  }

  /**
   * The guard for {@code configuredToken}: blank means none (tasks from loopback only). A token
   * shorter than {@link #MINIMUM_TOKEN_LENGTH} is refused, so the service does not start with it.
   */
  static AdminTaskGuard of(String configuredToken) {
    if (configuredToken == null || configuredToken.isBlank()) {
      return new AdminTaskGuard(Optional.empty());
    }
    String trimmed = configuredToken.strip();
    if (trimmed.length() < MINIMUM_TOKEN_LENGTH) {
      throw new IllegalArgumentException("adminTaskToken (CADENZA_ADMIN_TASK_TOKEN) must have at least "
          + MINIMUM_TOKEN_LENGTH + " characters, e.g. from: openssl rand -hex 16");
    }
    return new AdminTaskGuard(Optional.of(trimmed.getBytes(StandardCharsets.UTF_8)));
  }

  boolean requiresToken() {
    return token.isPresent();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse answer = (HttpServletResponse) response;
    if (token.isPresent()) {
      if (!presents(http.getHeader("Authorization"), token.get())) {
        answer.setHeader("WWW-Authenticate", "Bearer realm=\"cadenza-admin\"");
        ProblemJson.send(answer, ProblemType.UNAUTHORIZED,
            "Admin tasks and diagnostics need the task token: Authorization: Bearer <CADENZA_ADMIN_TASK_TOKEN>.");
        return;
      }
    } else if (!loopback(http.getRemoteAddr())) {
      ProblemJson.send(answer, ProblemType.FORBIDDEN, "Admin tasks and diagnostics answer only on the service's own machine (a loopback"
          + " address) unless a task token is configured (CADENZA_ADMIN_TASK_TOKEN).");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean presents(String authorization, byte[] expected) {
    if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return false;
    }
    byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    // constant time in the token's contents, so the answer's timing does not reveal a prefix
    return MessageDigest.isEqual(given, expected);
  }

  /** Whether {@code address} (a numeric address, as the servlet gives it) is a loopback one. */
  static boolean loopback(String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    String literal = address.startsWith("[") && address.endsWith("]")
        ? address.substring(1, address.length() - 1) : address;
    boolean ipv4 = literal.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean ipv6 = literal.indexOf(':') >= 0 && literal.matches("[0-9A-Fa-f:.]+(%[\\w.-]+)?");
    if (!ipv4 && !ipv6) {
      return false; // a host name: never looked up here
    }
    try {
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
