package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The task servlet's own answers through {@link TaskAnswers}, with a chain that answers the way
 * Dropwizard's servlet does (the wiring, 404 and 405: AdminTasksEndToEndTest).
 */
class TaskAnswersTest {

  /** A response that keeps what reaches it: status, headers and the bytes written. */
  private static final class Sent {
    int status = 200;
    final Map<String, String> headers = new HashMap<>();
    final ServletBytes out = new ServletBytes();
    final ByteArrayOutputStream body = out.bytes;

    HttpServletResponse response() {
      return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
            case "setStatus" -> {
              status = (Integer) args[0];
              yield null;
            }
            case "getStatus" -> status;
            case "setContentType" -> {
              headers.put("Content-Type", (String) args[0]);
              yield null;
            }
            case "getCharacterEncoding" -> "UTF-8";
            case "setHeader" -> {
              headers.put((String) args[0], (String) args[1]);
              yield null;
            }
            case "setContentLength" -> {
              headers.put("Content-Length", String.valueOf(args[0]));
              yield null;
            }
            case "isCommitted" -> body.size() > 0;
            case "reset" -> {
              status = 200;
              headers.clear();
              body.reset();
              yield null;
            }
            case "getOutputStream" -> out;
            default -> null;
          });
    }

    JsonNode json() throws Exception {
      return new ObjectMapper().readTree(body.toByteArray());
    }
  }

  private static Sent run(FilterChain servlet) throws Exception {
    Sent sent = new Sent();
    new TaskAnswers().doFilter((HttpServletRequest) Proxy.newProxyInstance(TaskAnswersTest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> m.getName().equals("getPathInfo") ? "/seed" : null),
        sent.response(), servlet);
    return sent;
  }

  @Test
  void aFailedTaskIsAProblemThatKeepsTheExceptionsMessageOffTheWire() throws Exception {
    Sent sent = run((request, response) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setContentType("text/plain;charset=UTF-8");
      PrintWriter output = http.getWriter();
      output.println("loading");
      http.setStatus(500);
      output.println();
      output.println("bulk load of ratings failed: relation \"song_stats\" does not exist at db-7.internal");
      output.close();
    });

    assertThat(sent.status).isEqualTo(500);
    assertThat(sent.headers).containsEntry("Content-Type", "application/problem+json");
    assertThat(sent.json().path("title").asText()).isEqualTo("Internal server error");
    assertThat(sent.json().path("detail").asText()).contains("log");
    assertThat(sent.body.toString(StandardCharsets.UTF_8)).doesNotContain("song_stats").doesNotContain("db-7")
        .doesNotContain("loading");
  }

  @Test
  void bareRefusalsOfTheServletBecomeProblems() throws Exception {
    Sent unknown = run((request, response) -> {
      ((HttpServletResponse) response).reset();
      ((HttpServletResponse) response).setStatus(404);
    });
    assertThat(unknown.status).isEqualTo(404);
    assertThat(unknown.headers).containsEntry("Content-Type", "application/problem+json");
    assertThat(unknown.json().path("detail").asText()).contains("GET /tasks");

    Sent put = run((request, response) -> ((HttpServletResponse) response).sendError(405, "HTTP method PUT is not "
        + "supported by this URL"));
    assertThat(put.status).as("HttpServlet's own refusal").isEqualTo(405);
    assertThat(put.headers).containsEntry("Allow", "POST").containsEntry("Content-Type", "application/problem+json");

    Sent get = run((request, response) -> ((HttpServletResponse) response).setStatus(405));
    assertThat(get.status).isEqualTo(405);
    assertThat(get.headers).containsEntry("Allow", "POST").containsEntry("Content-Type", "application/problem+json");
    assertThat(get.json().path("status").asInt()).isEqualTo(405);
  }

  @Test
  void whatATaskOrAnEarlierCheckWritesGoesOutAsWritten() throws Exception {
    Sent ok = run((request, response) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setContentType("text/plain;charset=UTF-8");
      http.getWriter().printf("seeded %d albums and %d songs — done%n", 2, 10);
    });
    assertThat(ok.status).isEqualTo(200);
    assertThat(ok.body.toString(StandardCharsets.UTF_8)).isEqualTo("seeded 2 albums and 10 songs — done\n");
    assertThat(ok.headers).containsEntry("Content-Length", String.valueOf(ok.body.size()));

    Sent refused = run((request, response) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setStatus(404);
      http.setContentType("application/problem+json");
      http.getOutputStream().write("{\"status\":404,\"detail\":\"no album\"}".getBytes(StandardCharsets.UTF_8));
    });
    assertThat(refused.status).isEqualTo(404);
    assertThat(refused.json().path("detail").asText()).as("a body already written is kept").isEqualTo("no album");
  }
}
