package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The admin task guard on its own: who may run a task with and without a token (the wiring: AdminTasksEndToEndTest). */
class AdminTaskGuardTest {

  private static final String TOKEN = "0123456789abcdef0123";

  private final FilterChain chain = mock(FilterChain.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final ServletBytes sent = new ServletBytes();
  private final ByteArrayOutputStream body = sent.bytes;

  AdminTaskGuardTest() throws Exception {
    when(response.getOutputStream()).thenReturn(sent);
  }

  private static HttpServletRequest request(String remoteAddress, String authorization) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getRemoteAddr()).thenReturn(remoteAddress);
    when(request.getHeader("Authorization")).thenReturn(authorization);
    return request;
  }

  @Test
  void withoutATokenTasksRunFromLoopbackOnly() throws Exception {
    AdminTaskGuard guard = AdminTaskGuard.of("");
    assertThat(guard.requiresToken()).isFalse();

    HttpServletRequest local = request("127.0.0.1", null);
    guard.doFilter(local, response, chain);
    verify(chain).doFilter(local, response);

    HttpServletRequest remote = request("203.0.113.7", null);
    guard.doFilter(remote, response, chain);
    verify(chain, never()).doFilter(remote, response);
    verify(response).setStatus(403);
    verify(response).setContentType("application/problem+json");
    assertThat(body.toString(StandardCharsets.UTF_8))
        .contains("\"status\":403").contains("CADENZA_ADMIN_TASK_TOKEN");
  }

  @Test
  void withATokenEveryTaskNeedsIt() throws Exception {
    AdminTaskGuard guard = AdminTaskGuard.of("  " + TOKEN + "\n");
    assertThat(guard.requiresToken()).isTrue();

    for (String wrong : new String[] {null, "", "Bearer", "Bearer " + TOKEN.substring(1), "Basic " + TOKEN,
        "Bearer " + TOKEN + "0"}) {
      guard.doFilter(request("127.0.0.1", wrong), response, chain);
    }
    verify(chain, never()).doFilter(any(), any());
    verify(response, times(6)).setStatus(401);
    verify(response, times(6)).setHeader("WWW-Authenticate", "Bearer realm=\"cadenza-admin\"");

    HttpServletRequest remote = request("203.0.113.7", "bearer " + TOKEN);
    guard.doFilter(remote, response, chain);
    verify(chain).doFilter(remote, response);
  }

  @Test
  void aShortTokenIsRefused() {
    assertThatThrownBy(() -> AdminTaskGuard.of("too-short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16 characters");
  }

  @Test
  void onlyNumericLoopbackAddressesAreLocal() {
    assertThat(AdminTaskGuard.loopback("127.0.0.1")).isTrue();
    assertThat(AdminTaskGuard.loopback("127.8.9.10")).isTrue();
    assertThat(AdminTaskGuard.loopback("::1")).isTrue();
    assertThat(AdminTaskGuard.loopback("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(AdminTaskGuard.loopback("[::1]")).isTrue();
    assertThat(AdminTaskGuard.loopback("10.0.0.5")).isFalse();
    assertThat(AdminTaskGuard.loopback("::ffff:10.0.0.5")).isFalse();
    assertThat(AdminTaskGuard.loopback("fe80::1%eth0")).isFalse();
    assertThat(AdminTaskGuard.loopback("localhost")).as("names are never looked up").isFalse();
    assertThat(AdminTaskGuard.loopback("")).isFalse();
    assertThat(AdminTaskGuard.loopback(null)).isFalse();
  }
}
