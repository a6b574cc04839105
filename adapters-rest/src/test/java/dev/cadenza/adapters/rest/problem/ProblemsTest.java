package dev.cadenza.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.shared.model.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  private final Problems problems = new Problems(state -> Optional.empty());
  private final RequestLine request = new RequestLine("GET", "/api/v1/songs", null);

  @Test
  void findsAnUnreachableDatabaseAnywhereInTheCauseChain() {
    assertThat(Problems.isDatabaseUnavailable(new RuntimeException(new IllegalStateException(
        new SQLTransientConnectionException("pool exhausted"))))).isTrue();
    assertThat(Problems.isDatabaseUnavailable(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
    assertThat(Problems.isDatabaseUnavailable(new SQLNonTransientConnectionException("gone", "08006"))).isTrue();
    assertThat(Problems.isDatabaseUnavailable(new RuntimeException(new SQLException("duplicate", "23505"))))
        .isFalse();
    assertThat(Problems.isDatabaseUnavailable(new RuntimeException(new SQLException("no state")))).isFalse();
  }
  @Test
  void aCancelledStatementIsKnownByItsSqlState() {
    assertThat(Problems.isQueryCancelled(new RuntimeException(new SQLException("statement timeout", "57014"))))
        .isTrue();
    assertThat(Problems.isQueryCancelled(new RuntimeException(new SQLException("refused", "08001")))).isFalse();
    assertThat(Problems.isQueryCancelled(new RuntimeException(new SQLException("no state")))).isFalse();
  }


  @Test
  void survivesCauseChainsThatLoop() {
    RuntimeException outer = new RuntimeException("outer");
    RuntimeException inner = new RuntimeException("inner", outer);
    outer.initCause(inner);

    assertThat(problems.of(outer, request).status()).isEqualTo(500);
  }

  @Test
  void aTooLargeBodyWinsWhateverWrapsIt() {
    ProblemResponse problem = problems.of(new IllegalStateException(new IOException(
        new RequestBodyTooLargeException(10))), request);

    assertThat(problem.status()).isEqualTo(413);
    assertThat(problem.problem().type()).isEqualTo("/problems/payload-too-large");
    assertThat(problem.problem().detail()).contains("10 bytes");
  }

  @Test
  void aServiceUnavailableAnswerKeepsItsStatusWithRetryAfter() {
    ProblemResponse problem = problems.of(new ServiceUnavailableException(), request);

    assertThat(problem.status()).isEqualTo(503);
    assertThat(problem.headers()).containsEntry("Retry-After", "5");
  }

  @Test
  void jettyErrorsWithoutACauseAreDescribedByStatus() {
    assertThat(problems.ofStatus(404, null, null, request).problem().detail())
        .isEqualTo("No resource matches GET /api/v1/songs.");
    assertThat(problems.ofStatus(431, "Request Header Fields Too Large", null, request).problem())
        .satisfies(p -> {
          assertThat(p.type()).isEqualTo("about:blank");
          assertThat(p.title()).isEqualTo("Request Header Fields Too Large");
          assertThat(p.status()).isEqualTo(431);
        });
    ProblemResponse unhandled = problems.ofStatus(501, "Method PATCH is not implemented", null, request);
    assertThat(unhandled.problem()).as("HttpServlet's answer to a method it has no handler for").satisfies(p -> {
      assertThat(p.status()).isEqualTo(405);
      assertThat(p.type()).isEqualTo("/problems/method-not-allowed");
    });
    assertThat(unhandled.headers()).containsEntry("Allow", "GET, HEAD");
    ProblemResponse unavailable = problems.ofStatus(503, null, null, request);
    assertThat(unavailable.problem().type()).isEqualTo("/problems/service-unavailable");
    assertThat(unavailable.headers()).containsEntry("Retry-After", "5");
    ProblemResponse failed = problems.ofStatus(500, "java.lang.NullPointerException: secret", null, request);
    assertThat(failed.problem().detail()).doesNotContain("secret");
    assertThat(failed.problem().instance()).startsWith("urn:uuid:");
  }

  @Test
  void an415SaysWhatToSendInstead() {
    var toCover = problems.of(new jakarta.ws.rs.NotSupportedException(),
        new RequestLine("PUT", "/api/v1/albums/01890a5d-ac96-774b-bcce-b302099a8058/cover", null));
    var toSongs = problems.of(new jakarta.ws.rs.NotSupportedException(),
        new RequestLine("POST", "/api/v1/songs", "text/plain"));

    assertThat(toCover.status()).isEqualTo(415);
    assertThat(toCover.problem().detail()).startsWith("Content-Type (none) is not accepted here")
        .contains("multipart/form-data", "image/png").doesNotContain("application/json");
    assertThat(toSongs.problem().detail()).contains("text/plain", "send application/json");
  }

  @Test
  void aDomainCauseDecidesOverTheStatusJettyChose() {
    ProblemResponse problem = problems.ofStatus(500, null, new NotFoundException("Song", "x"), request);

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.problem().code()).isEqualTo("SongNotFound");
  }

  @Test
  void problemBodiesLeaveOutMembersThatDoNotApply() {
    String json = new String(new ProblemResponse(404, java.util.Map.of(), new Problem("/problems/not-found",
        "Not found", 404, "gone", null, null, java.util.List.of(), null)).body(),
        java.nio.charset.StandardCharsets.UTF_8);

    assertThat(json).isEqualTo("{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,"
        + "\"detail\":\"gone\"}");
  }
}
