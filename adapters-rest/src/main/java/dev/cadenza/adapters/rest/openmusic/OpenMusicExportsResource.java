package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.port.in.GetPlaylistUseCase;
import dev.cadenza.domain.playlists.port.in.RequestExportCommand;
import dev.cadenza.domain.playlists.port.in.RequestExportUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
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
  private final GetPlaylistUseCase getPlaylist;

  public OpenMusicExportsResource(RequestExportUseCase requestExport, GetPlaylistUseCase getPlaylist) {
    this.requestExport = Objects.requireNonNull(requestExport, "requestExport");
    this.getPlaylist = Objects.requireNonNull(getPlaylist, "getPlaylist");
  }

  @POST
  public Response export(@PathParam("id") String id, String body, @Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    Email email;
    try {
      email = Email.parse(Payload.parse(body).text("targetEmail"));
    } catch (ValidationException e) {
      // named as the contract names the field
      throw OpenMusicException.badRequest("targetEmail: " + e.violations().get(0).message());
    }
    PlaylistId playlist = OpenMusicIds.playlist(id);
    // the contract lets only the owner export (the native API lets editors too); members who may
    // not see the playlist are refused by the read as by the export itself
    UserId owner = getPlaylist.getPlaylist(actor, playlist).playlist().owner();
    if (!actor.userId().equals(Optional.of(owner))) {
      throw OpenMusicException.forbidden("Only the owner of the playlist may export it.");
    }
    requestExport.requestExport(new RequestExportCommand(actor, playlist,
        PlaylistFileFormat.OPENMUSIC, Optional.of(email)));
    return Response.status(Response.Status.CREATED).entity(Envelope.message(ACCEPTED)).build();
  }
}
