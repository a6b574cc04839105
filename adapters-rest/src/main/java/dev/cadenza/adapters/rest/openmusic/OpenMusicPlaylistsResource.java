package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistActivity;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.AddEntriesCommand;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.DeletePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.playlists.port.in.RemoveEntryCommand;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.users.port.in.GetUserUseCase;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code /playlists}: the caller's playlists (owned and collaborating), their songs and history.
 * An OpenMusic playlist is a private Cadenza playlist; its songs are its entries in order, and
 * removing a song removes its first entry. Every endpoint needs a signed-in caller, checked before
 * the payload; then the payload ({@code 400}), the playlist ({@code 404}), the caller's access
 * ({@code 403} for non-members, with the privacy rule the composition root chose) and the song
 * ({@code 404}), in the use cases' order.
 */
@Path("/playlists")
@Produces(MediaType.APPLICATION_JSON)
public class OpenMusicPlaylistsResource {

  private final Playlists playlists;
  private final GetUserUseCase users;

  public OpenMusicPlaylistsResource(Playlists playlists, GetUserUseCase users) {
    this.playlists = Objects.requireNonNull(playlists, "playlists");
    this.users = Objects.requireNonNull(users, "users");
  }

  @POST
  public Response create(String body, @Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    String name = Payload.parse(body).text("name");
    PlaylistView created = playlists.createPlaylist().createPlaylist(new CreatePlaylistCommand(actor,
        new PlaylistDetails(name, null, Visibility.PRIVATE)));
    return Response.status(Response.Status.CREATED)
        .entity(Envelope.data("Playlist added.", "playlistId", created.playlist().id().toString())).build();
  }

  @GET
  public Envelope mine(@Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    Usernames names = new Usernames(users, actor);
    List<OpenMusicJson.PlaylistItem> items = Listings.all(page -> playlists.listMyPlaylists()
            .listMyPlaylists(actor, page)).stream()
        .map(view -> view.playlist())
        .map(p -> new OpenMusicJson.PlaylistItem(p.id().toString(), p.details().name(), names.of(p.owner())))
        .toList();
    return Envelope.data(Map.of("playlists", items));
  }

  @DELETE
  @Path("{id}")
  public Envelope delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    playlists.deletePlaylist().deletePlaylist(new DeletePlaylistCommand(actor, OpenMusicIds.playlist(id),
        OptionalLong.empty()));
    return Envelope.message("Playlist deleted.");
  }

  @POST
  @Path("{id}/songs")
  public Response addSong(@PathParam("id") String id, String body, @Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    String songId = Payload.parse(body).text("songId");
    PlaylistId playlist = OpenMusicIds.playlist(id);
    try {
      playlists.addEntries().addEntries(new AddEntriesCommand(actor, playlist, OptionalLong.empty(),
          List.of(OpenMusicIds.songReference(songId)), null));
    } catch (ValidationException e) {
      if (namesUnknownSongs(e)) {
        throw OpenMusicException.notFound("Song " + songId + " not found.");
      }
      throw e;
    }
    return Response.status(Response.Status.CREATED).entity(Envelope.message("Song added to the playlist.")).build();
  }

  @GET
  @Path("{id}/songs")
  public Envelope songs(@PathParam("id") String id, @Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    PlaylistId playlistId = OpenMusicIds.playlist(id);
    Playlist playlist = playlists.getPlaylist().getPlaylist(actor, playlistId).playlist();
    List<OpenMusicJson.SongItem> songs = Listings.all(page -> playlists.listEntries()
        .listEntries(actor, playlistId, page)).stream().map(entry -> OpenMusicJson.SongItem.of(entry.song())).toList();
    String owner = new Usernames(users, actor).of(playlist.owner());
    return Envelope.data(Map.of("playlist", new OpenMusicJson.PlaylistSongs(playlist.id().toString(),
        playlist.details().name(), owner, songs)));
  }

  private static final int MAX_REMOVE_ATTEMPTS = 100;
  private static final String ENTRY_NOT_FOUND = "PlaylistEntryNotFound";

  @DELETE
  @Path("{id}/songs")
  public Envelope removeSong(@PathParam("id") String id, String body, @Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    String songId = Payload.parse(body).text("songId");
    PlaylistId playlist = OpenMusicIds.playlist(id);
    SongId song = OpenMusicIds.songReference(songId);
    // Another request may remove the entry this one found first (the same song twice, removed twice
    // at once): then the next copy is this request's to remove. Each lost race is another request's
    // removal, so this ends; the bound only guards against the unforeseen.
    for (int attempt = 0; attempt < MAX_REMOVE_ATTEMPTS; attempt++) {
      Optional<EntryView> entry = Listings.all(page -> playlists.listEntries().listEntries(actor, playlist, page))
          .stream().filter(e -> e.entry().songId().equals(song)).findFirst();
      if (entry.isEmpty()) {
        break;
      }
      try {
        playlists.removeEntry().removeEntry(new RemoveEntryCommand(actor, playlist, entry.get().entry().id(),
            OptionalLong.empty()));
        return Envelope.message("Song removed from the playlist.");
      } catch (NotFoundException gone) {
        if (!gone.code().equals(ENTRY_NOT_FOUND)) {
          throw gone;
        }
      }
    }
    throw OpenMusicException.notFound("Song " + songId + " is not in this playlist.");
  }

  /**
   * Songs added and removed (by an edit, or by the song's deletion from the catalog), oldest first,
   * as {@code add} and {@code delete}; the rest of the history is Cadenza's own.
   */
  @GET
  @Path("{id}/activities")
  public Envelope activities(@PathParam("id") String id, @Context ContainerRequestContext request) {
    Actor actor = Callers.signedIn(request);
    PlaylistId playlist = OpenMusicIds.playlist(id);
    Usernames names = new Usernames(users, actor);
    List<OpenMusicJson.Activity> activities = Listings.all(page -> playlists.listActivity()
            .listPlaylistActivity(actor, playlist, page)).stream()
        .filter(a -> a.song().isPresent() && action(a).isPresent())
        .map(a -> new OpenMusicJson.Activity(names.ofActor(a.actor()), a.song().get().title(), action(a).get(),
            a.at().toString()))
        .toList();
    return Envelope.data(new OpenMusicJson.Activities(playlist.toString(), activities));
  }

  private static Optional<String> action(PlaylistActivity activity) {
    if (activity.action() == PlaylistAction.ADD) {
      return Optional.of("add");
    }
    if (activity.action() == PlaylistAction.REMOVE || activity.action() == PlaylistAction.SONG_DELETED) {
      // a song deleted from the catalog left the playlist too
      return Optional.of("delete");
    }
    return Optional.empty();
  }

  /** The add's own refusal of song ids that name no song (on {@code songIds[i]}), as opposed to other invalid input. */
  private static boolean namesUnknownSongs(ValidationException e) {
    return e.violations().stream().map(FieldViolation::field).allMatch(field -> field.startsWith("songIds["));
  }
}
