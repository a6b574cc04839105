package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.adapters.rest.music.AlbumCoverResource;
import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumChanges;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.DeleteAlbumCommand;
import dev.cadenza.domain.music.port.in.ListAlbumSongsQuery;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.UpdateAlbumCommand;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.ValidationException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * {@code /albums}: albums with their songs. An album's {@code name} is the catalog's title; the
 * contract has no album performer, so an edit keeps the one the album has. {@code coverUrl} is the
 * absolute URL of the native API's cover resource, which serves the image to anyone.
 */
@Path("/albums")
@Produces(MediaType.APPLICATION_JSON)
public class OpenMusicAlbumsResource {

  private final MusicCatalog music;
  private final int maxListedSongs;

  public OpenMusicAlbumsResource(MusicCatalog music, int maxListedSongs) {
    this.music = Objects.requireNonNull(music, "music");
    this.maxListedSongs = maxListedSongs;
  }

  @POST
  public Response add(String body, @Context ContainerRequestContext request) {
    Payload in = Payload.parse(body);
    String name = in.text("name");
    int year = in.number("year");
    AlbumView album = asContractNames(() -> music.createAlbum().createAlbum(new CreateAlbumCommand(
        Callers.caller(request), new AlbumDetails(name, null, year))));
    return Response.status(Response.Status.CREATED)
        .entity(Envelope.data("Album added.", "albumId", album.album().id().toString())).build();
  }

  /** Runs {@code write}; a refusal names the contract's field ({@code name}), not the catalog's {@code title}. */
  private static <T> T asContractNames(java.util.function.Supplier<T> write) {
    try {
      return write.get();
    } catch (ValidationException e) {
      throw new ValidationException(e.violations().stream()
          .map(v -> v.field().equals("title") ? new FieldViolation("name", v.message()) : v)
          .toList());
    }
  }

  @GET
  @Path("{id}")
  public Envelope get(@PathParam("id") String id, @Context UriInfo uriInfo) {
    AlbumId albumId = OpenMusicIds.album(id);
    Album album = music.getAlbum().getAlbum(albumId).album();
    List<OpenMusicJson.SongItem> songs = Listings.all(page -> music.listAlbumSongs().listAlbumSongs(
        new ListAlbumSongsQuery(albumId, CatalogSort.TITLE, page)), maxListedSongs)
        .stream().map(OpenMusicJson.SongItem::of).toList();
    String cover = AlbumCoverResource.coverPath(album);
    String coverUrl = cover == null ? null : uriInfo.getBaseUri().resolve(cover).toString();
    return Envelope.data(Map.of("album", new OpenMusicJson.Album(album.id().toString(), album.details().title(),
        album.details().year(), coverUrl, songs)));
  }

  @PUT
  @Path("{id}")
  public Envelope edit(@PathParam("id") String id, String body, @Context ContainerRequestContext request) {
    Payload in = Payload.parse(body);
    String name = in.text("name");
    int year = in.number("year");
    AlbumId albumId = OpenMusicIds.album(id);
    asContractNames(() -> music.updateAlbum().updateAlbum(new UpdateAlbumCommand(Callers.caller(request), albumId,
        OptionalLong.empty(), new AlbumChanges(Change.to(name), Change.keep(), Change.to(year)))));
    return Envelope.message("Album updated.");
  }

  @DELETE
  @Path("{id}")
  public Envelope delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
    music.deleteAlbum().deleteAlbum(new DeleteAlbumCommand(Callers.caller(request), OpenMusicIds.album(id),
        OptionalLong.empty()));
    return Envelope.message("Album deleted.");
  }
}
