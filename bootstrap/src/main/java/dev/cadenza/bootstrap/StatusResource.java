package dev.cadenza.bootstrap;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /status}: version, uptime, time and the state of each dependency. */
@Path("/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
public class StatusResource {

  /** The body of {@code GET /status}. */
  public record Status(String version, long uptimeSeconds, Instant time, Map<String, String> dependencies) {
  }

  private final String version;
  private final Instant startedAt;
  private final Clock clock;
  private final HealthCheckRegistry health;
  private final Map<String, String> dependencyChecks;

  /**
   * @param dependencyChecks dependency name (as shown) to the health check that reports it; a
   *     check name that is not registered reports the dependency as {@code none}
   */
  public StatusResource(String version, Clock clock, HealthCheckRegistry health, Map<String, String> dependencyChecks) {
    this.version = version;
    this.clock = clock;
    this.startedAt = clock.instant();
    this.health = health;
    this.dependencyChecks = Map.copyOf(dependencyChecks);
  }

  @GET
  @Operation(summary = "Service status", description = "Version, uptime, current time and the state of each "
      + "dependency (up, down, or none when the dependency is not used by this deployment; the cache also says "
      + "degraded, when Redis is unreachable and reads go to the database, or in-process).",
      responses = @ApiResponse(responseCode = "200", description = "The status (also while a dependency is down).",
          content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Status.class))))
  public Status status() {
    Map<String, String> deps = new LinkedHashMap<>();
    dependencyChecks.keySet().stream().sorted().forEach(name -> deps.put(name, state(dependencyChecks.get(name))));
    Instant now = clock.instant();
    return new Status(version, Duration.between(startedAt, now).toSeconds(), now, deps);
  }

  private String state(String checkName) {
    if (checkName == null || !health.getNames().contains(checkName)) {
      return "none";
    }
    HealthCheck.Result result = health.runHealthCheck(checkName);
    if (result.isHealthy() && result.getDetails() != null && result.getDetails().get("state") instanceof String state) {
      return state;
    }
    return result.isHealthy() ? "up" : "down";
  }
}
