package dev.cadenza.adapters.rest.openapi;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/** {@code GET /openapi.json}: the OpenAPI 3 document of this service. */
@Path("/openapi.json")
@Hidden
public class OpenApiResource {

  private final OpenApiDocument document;

  public OpenApiResource(OpenApiDocument document) {
    this.document = Objects.requireNonNull(document, "document");
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String openApi(@Context Application application) {
    return document.json(application);
  }
}
