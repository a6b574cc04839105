package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.port.in.LikeCommand;
import dev.cadenza.domain.ratings.port.in.RatingsAndLikes;
import dev.cadenza.domain.shared.model.Actor;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /albums/{id}/likes}: the ratings context's album likes. Liking twice is refused
 * ({@code 400}, decided in the like's transaction); the count is read through the same cache as the
 * native API's, and the shared {@code X-Data-Source} filter says {@code cache} exactly when it came
 * from there. The count is read as an anonymous caller, so no per-user read spoils that.
 */
@Path("/albums/{id}/likes")
@Produces(MediaType.APPLICATION_JSON)
public class OpenMusicAlbumLikesResource {

  private final RatingsAndLikes ratings;

  public OpenMusicAlbumLikesResource(RatingsAndLikes ratings) {
    this.ratings = Objects.requireNonNull(ratings, "ratings");
  }

  @POST
  public Response like(@PathParam("id") String id, @Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    ratings.likeItem().likeItem(new LikeCommand(actor, CatalogItem.album(OpenMusicIds.album(id)), true));
    return Response.status(Response.Status.CREATED).entity(Envelope.message("Album liked.")).build();
  }

  @DELETE
  public Envelope unlike(@PathParam("id") String id, @Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    ratings.unlikeItem().unlikeItem(new LikeCommand(actor, CatalogItem.album(OpenMusicIds.album(id))));
    return Envelope.message("Album unliked.");
  }

  @GET
  public Envelope count(@PathParam("id") String id) {
    Engagement likes = ratings.getLikes().getLikes(Actor.anonymous(), CatalogItem.album(OpenMusicIds.album(id)));
    return Envelope.data(Map.of("likes", likes.stats().likes()));
  }
}
