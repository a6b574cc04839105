package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.playlists.port.in.RemoveCollaboratorCommand;
import dev.cadenza.domain.playlists.port.in.SetCollaboratorCommand;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.UserId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * {@code /collaborations}: the owner makes a user an editor of the playlist, or takes that back. The
 * contract's collaborators add, list and remove songs, which is Cadenza's editor role. A
 * collaboration has no id of its own in Cadenza; {@code collaborationId} is a name-based UUID of
 * playlist and user, the same each time.
 */
@Path("/collaborations")
@Produces(MediaType.APPLICATION_JSON)
public class OpenMusicCollaborationsResource {

  private final Playlists playlists;

  public OpenMusicCollaborationsResource(Playlists playlists) {
    this.playlists = Objects.requireNonNull(playlists, "playlists");
  }

  @POST
  public Response add(String body, @Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    Payload in = Payload.parse(body);
    String playlistId = in.text("playlistId");
    String userId = in.text("userId");
    PlaylistId playlist = OpenMusicIds.playlist(playlistId);
    UserId user = OpenMusicIds.userReference(userId);
    try {
      playlists.setCollaborator().setCollaborator(new SetCollaboratorCommand(actor, playlist, user,
          PlaylistRole.EDITOR, OptionalLong.empty()));
    } catch (NotFoundException e) {
      throw "User".equals(e.resourceType()) ? OpenMusicException.notFound("User " + userId + " not found.") : e;
    }
    return Response.status(Response.Status.CREATED)
        .entity(Envelope.data("Collaboration added.", "collaborationId", collaborationId(playlist, user))).build();
  }

  @DELETE
  public Envelope remove(String body, @Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    Payload in = Payload.parse(body);
    String playlistId = in.text("playlistId");
    String userId = in.text("userId");
    playlists.removeCollaborator().removeCollaborator(new RemoveCollaboratorCommand(actor,
        OpenMusicIds.playlist(playlistId), OpenMusicIds.userReference(userId), OptionalLong.empty()));
    return Envelope.message("Collaboration removed.");
  }

  static String collaborationId(PlaylistId playlist, UserId user) {
    return UUID.nameUUIDFromBytes(("collaboration:" + playlist + ":" + user).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
