package dev.cadenza.adapters.rest;

import static org.mockito.Mockito.mock;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.AddEntriesUseCase;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistUseCase;
import dev.cadenza.domain.playlists.port.in.DeletePlaylistUseCase;
import dev.cadenza.domain.playlists.port.in.GetLibrarySummaryUseCase;
import dev.cadenza.domain.playlists.port.in.GetPlaylistUseCase;
import dev.cadenza.domain.playlists.port.in.ListCollaboratorsUseCase;
import dev.cadenza.domain.playlists.port.in.ListEntriesUseCase;
import dev.cadenza.domain.playlists.port.in.ListLibraryUseCase;
import dev.cadenza.domain.playlists.port.in.ListMyPlaylistsUseCase;
import dev.cadenza.domain.playlists.port.in.ListPlaylistActivityUseCase;
import dev.cadenza.domain.playlists.port.in.ListUserPlaylistsUseCase;
import dev.cadenza.domain.playlists.port.in.MarkListenedUseCase;
import dev.cadenza.domain.playlists.port.in.MoveEntryUseCase;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.playlists.port.in.RemoveCollaboratorUseCase;
import dev.cadenza.domain.playlists.port.in.RemoveEntryUseCase;
import dev.cadenza.domain.playlists.port.in.RemoveSavedSongUseCase;
import dev.cadenza.domain.playlists.port.in.SaveSongUseCase;
import dev.cadenza.domain.playlists.port.in.SetCollaboratorUseCase;
import dev.cadenza.domain.playlists.port.in.UpdatePlaylistUseCase;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.port.in.HandleIdempotentRequestUseCase;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Playlists values, mocked use cases and a test caller resolver for the REST tests. */
public final class PlaylistFixtures {

  public static final String PLAYLIST_ID = "01890a5d-ac96-774b-bcce-b302099a8060";
  public static final String OWNER_ID = "01890a5d-ac96-774b-bcce-b302099a8061";
  public static final String ENTRY_ID = "01890a5d-ac96-774b-bcce-b302099a8062";
  public static final Instant AT = Instant.parse("2026-01-02T03:04:05.123456Z");
  /** The request header naming the caller's user id in these tests; {@link #ADMIN_HEADER} makes them an admin. */
  public static final String USER_HEADER = "X-Test-User";
  public static final String ADMIN_HEADER = "X-Test-Admin";

  private PlaylistFixtures() {
  }

  public static PlaylistId playlistId() {
    return new PlaylistId(UUID.fromString(PLAYLIST_ID));
  }

  public static UserId ownerId() {
    return new UserId(UUID.fromString(OWNER_ID));
  }

  public static Playlist playlist(long version, int entries) {
    return new Playlist(playlistId(), ownerId(), new PlaylistDetails("Road trip", null, Visibility.PRIVATE), entries,
        version, AT, AT);
  }

  public static PlaylistView view(long version) {
    return new PlaylistView(playlist(version, 2), 600, Optional.of(PlaylistRole.OWNER));
  }

  public static EntryView entry(int position) {
    SongId song = Fixtures.songId();
    return new EntryView(new PlaylistEntry(new EntryId(UUID.fromString(ENTRY_ID)), playlistId(), song, position,
        ownerId(), AT), new SongSummary(song, "So What", "Miles Davis", 562));
  }

  /** Every playlists use case, mocked. */
  public static Playlists mockedPlaylists() {
    return new Playlists(mock(CreatePlaylistUseCase.class), mock(GetPlaylistUseCase.class),
        mock(UpdatePlaylistUseCase.class), mock(DeletePlaylistUseCase.class), mock(ListMyPlaylistsUseCase.class),
        mock(ListUserPlaylistsUseCase.class), mock(ListEntriesUseCase.class), mock(AddEntriesUseCase.class),
        mock(RemoveEntryUseCase.class), mock(MoveEntryUseCase.class), mock(ListCollaboratorsUseCase.class),
        mock(SetCollaboratorUseCase.class), mock(RemoveCollaboratorUseCase.class),
        mock(ListPlaylistActivityUseCase.class), mock(SaveSongUseCase.class), mock(MarkListenedUseCase.class),
        mock(RemoveSavedSongUseCase.class), mock(ListLibraryUseCase.class), mock(GetLibrarySummaryUseCase.class),
        mock(HandleIdempotentRequestUseCase.class));
  }

  /** Callers by header: {@value #USER_HEADER} names the user, {@value #ADMIN_HEADER} adds the admin role. */
  public static Actor caller(ContainerRequestContext request) {
    String user = request.getHeaderString(USER_HEADER);
    if (user == null) {
      return Actor.anonymous();
    }
    Set<Role> roles = request.getHeaderString(ADMIN_HEADER) == null ? Set.of(Role.USER) : Set.of(Role.USER, Role.ADMIN);
    return Actor.user(new UserId(UUID.fromString(user)), roles);
  }

  public static RestSettings settings() {
    return new RestSettings(RestSettings.DEFAULT_MAX_REQUEST_BODY_BYTES, PlaylistFixtures::caller, "test");
  }
}
