package dev.cadenza.adapters.rest;

import dev.cadenza.domain.music.port.in.MusicCatalog;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

/**
 * A service that installs the REST module as bootstrap does, plus what a real service has beside it:
 * a resource registered after the module, and a plain servlet that fails in Jetty's hands.
 */
public class InstalledApplication extends Application<Configuration> {

  static final MusicCatalog MUSIC = Fixtures.mockedCatalog();
  static final long BODY_LIMIT = 1024;

  @Override
  public void run(Configuration configuration, Environment environment) {
    RestModule.install(environment, RestResources.ports(MUSIC),
        new RestSettings(BODY_LIMIT, CallerResolver.anonymous(), "installed-test"));
    environment.jersey().register(new LateResource());
    environment.servlets().addServlet("failing", new FailingServlet()).addMapping("/servlet/*");
  }

  /** Registered after the REST module, like the service's status resource. */
  @Path("/late")
  public static class LateResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> late() {
      return Map.of("late", "yes");
    }
  }

  /** Errors that never pass through Jersey. */
  static final class FailingServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException, ServletException {
      switch (request.getPathInfo()) {
        case "/boom" -> throw new IllegalStateException("secret servlet failure");
        case "/database" -> throw new ServletException("query failed",
            new SQLTransientConnectionException("connection is not available"));
        case "/teapot" -> response.sendError(418);
        default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.sendError(HttpServletResponse.SC_CONFLICT, "servlet says no");
    }
  }
}
