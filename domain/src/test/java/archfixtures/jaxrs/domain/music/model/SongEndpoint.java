package archfixtures.jaxrs.domain.music.model;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** Fixture: a domain class that imports JAX-RS types and annotations. */
@Path("/songs")
public final class SongEndpoint {

  @GET
  @Produces("application/json")
  public Response list() {
    return Response.ok().build();
  }
}
