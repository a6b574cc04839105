package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongChanges;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.DeleteSongCommand;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.SearchSongsQuery;
import dev.cadenza.domain.music.port.in.UpdateSongCommand;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.ValidationException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * {@code /songs}: the catalog's songs. Writes go through the adapter's catalog, whose write policy
 * the composition root chose ({@code openmusic.anonymousCatalogWrites}).
 */
@Path("/songs")
@Produces(MediaType.APPLICATION_JSON)
public class OpenMusicSongsResource {

  private final MusicCatalog music;
  private final int maxListedSongs;

  public OpenMusicSongsResource(MusicCatalog music, int maxListedSongs) {
    this.music = Objects.requireNonNull(music, "music");
    this.maxListedSongs = maxListedSongs;
  }

  @POST
  public Response add(String body, @Context ContainerRequestContext request) {
    SongDetails details = details(Payload.parse(body));
    Song song = music.createSong().createSong(new CreateSongCommand(Callers.caller(request), details));
    return Response.status(Response.Status.CREATED)
        .entity(Envelope.data("Song added.", "songId", song.id().toString())).build();
  }

  /** {@code ?title=} and {@code ?performer=}: case-insensitive substrings, both when both are given. */
  @GET
  public Envelope list(@QueryParam("title") String title, @QueryParam("performer") String performer) {
    SongFilter filter = new SongFilter(null, blankToNull(title), blankToNull(performer), null, null, null);
    List<OpenMusicJson.SongItem> songs = Listings.all(
        page -> music.searchSongs().searchSongs(new SearchSongsQuery(filter, CatalogSort.RECENT, page)),
        maxListedSongs).stream().map(OpenMusicJson.SongItem::of).toList();
    return Envelope.data(Map.of("songs", songs));
  }

  @GET
  @Path("{id}")
  public Envelope get(@PathParam("id") String id) {
    Song song = music.getSong().getSong(OpenMusicIds.song(id));
    return Envelope.data(Map.of("song", OpenMusicJson.SongDetail.of(song)));
  }

  /** A full replacement: {@code duration} and {@code albumId} left out are cleared. */
  @PUT
  @Path("{id}")
  public Envelope edit(@PathParam("id") String id, String body, @Context ContainerRequestContext request) {
    SongDetails d = details(Payload.parse(body));
    SongId songId = OpenMusicIds.song(id);
    music.updateSong().updateSong(new UpdateSongCommand(Callers.caller(request), songId, OptionalLong.empty(),
        SongChanges.replaceWith(d.title(), d.performer(), d.genre(), d.year(), d.durationSeconds(), d.albumId())));
    return Envelope.message("Song updated.");
  }

  @DELETE
  @Path("{id}")
  public Envelope delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
    music.deleteSong().deleteSong(new DeleteSongCommand(Callers.caller(request), OpenMusicIds.song(id),
        OptionalLong.empty()));
    return Envelope.message("Song deleted.");
  }

  /** The payload's types first (each a {@code 400}), then the domain's rules on the values. */
  private static SongDetails details(Payload in) {
    String title = in.text("title");
    int year = in.number("year");
    String performer = in.text("performer");
    String genre = in.text("genre");
    Integer duration = in.optionalNumber("duration");
    String albumId = in.optionalText("albumId");
    try {
      return new SongDetails(title, performer, genre, year, duration, OpenMusicIds.albumReference(albumId));
    } catch (ValidationException e) {
      // the contract's name for the song's length, not the native one
      throw new ValidationException(e.violations().stream()
          .map(v -> v.field().equals("durationSeconds") ? new FieldViolation("duration", v.message()) : v)
          .toList());
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
