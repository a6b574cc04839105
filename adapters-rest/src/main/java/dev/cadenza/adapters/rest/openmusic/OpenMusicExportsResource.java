package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.port.in.RequestExportCommand;
import dev.cadenza.domain.playlists.port.in.RequestExportUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.users.model.Email;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /export/playlists/{id}}: the same export job as the native API's, in the
 * {@link PlaylistFileFormat#OPENMUSIC} format, mailed to {@code targetEmail} by the export workers.
 * Accepted once the job is stored ({@code 201}).
 */
@Path("/export/playlists/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class OpenMusicExportsResource {

  /** The contract's message for an accepted export. */
  static final String ACCEPTED = "Permintaan Anda sedang kami proses";

  private final RequestExportUseCase requestExport;

  public OpenMusicExportsResource(RequestExportUseCase requestExport) {
    this.requestExport = Objects.requireNonNull(requestExport, "requestExport");
  }

  @POST
  public Response export(@PathParam("id") String id, String body, @Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    Email email = new Email(Payload.parse(body).text("targetEmail"));
    requestExport.requestExport(new RequestExportCommand(actor, OpenMusicIds.playlist(id),
        PlaylistFileFormat.OPENMUSIC, Optional.of(email)));
    return Response.status(Response.Status.CREATED).entity(Envelope.message(ACCEPTED)).build();
  }
}
