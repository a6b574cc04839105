package dev.cadenza.domain.playlists.service;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.PlaylistAccessDeniedException;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.AddEntriesCommand;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.DeletePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.playlists.port.in.PlaylistTransfers;
import dev.cadenza.domain.playlists.port.in.RequestExportCommand;
import dev.cadenza.domain.playlists.port.in.SetCollaboratorCommand;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import dev.cadenza.testing.inmemory.LinePlaylistFiles;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PlaylistPrivacy}: by default a private playlist does not exist for non-members; with
 * {@link PlaylistPrivacy#REFUSED} they learn it exists and are refused, on every use case, while
 * unknown playlists are still not found and members keep their rights.
 */
class PlaylistPrivacyTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");
  private InMemoryPlaylists fakes;
  private Playlists hidden;
  private Playlists refused;
  private PlaylistTransfers refusedTransfers;
  private Actor owner;
  private Actor editor;
  private Actor stranger;
  private PlaylistId playlist;
  private Song song;

  @BeforeEach
  void setUp() {
    fakes = new InMemoryPlaylists(clock);
    hidden = fakes.useCases;
    refused = PlaylistsServices.create(fakes.ports.withPrivacy(PlaylistPrivacy.REFUSED));
    refusedTransfers = PlaylistTransfersServices.create(fakes.ports.withPrivacy(PlaylistPrivacy.REFUSED),
        fakes.exportJobs, new LinePlaylistFiles(), fakes.blobs, fakes.mailer, ExportSettings.DEFAULTS);
    owner = account();
    editor = account();
    stranger = account();
    song = aSong().id(SongId.generate(clock)).build();
    fakes.songs.add(song);
    playlist = hidden.createPlaylist().createPlaylist(new CreatePlaylistCommand(owner,
        new PlaylistDetails("Mine", null, Visibility.PRIVATE))).playlist().id();
    hidden.setCollaborator().setCollaborator(new SetCollaboratorCommand(owner, playlist,
        editor.userId().orElseThrow(), PlaylistRole.EDITOR, OptionalLong.empty()));
  }

  private Actor account() {
    var user = aUser().roles(Role.USER).build();
    fakes.accounts.users.add(user);
    return Actor.user(user.id(), user.roles());
  }

  @Test
  void hiddenByDefault() {
    assertThatThrownBy(() -> hidden.getPlaylist().getPlaylist(stranger, playlist))
        .isInstanceOf(NotFoundException.class);
    assertThat(fakes.ports.privacy()).isEqualTo(PlaylistPrivacy.HIDDEN);
  }

  @Test
  void refusedNonMembersLearnThatThePlaylistExistsAndAreRefusedEverywhere() {
    assertThatThrownBy(() -> refused.getPlaylist().getPlaylist(stranger, playlist))
        .isInstanceOf(PlaylistAccessDeniedException.class);
    assertThatThrownBy(() -> refused.listEntries().listEntries(stranger, playlist, PageRequest.firstDefault()))
        .isInstanceOf(PlaylistAccessDeniedException.class);
    assertThatThrownBy(() -> refused.listActivity().listPlaylistActivity(stranger, playlist,
        PageRequest.firstDefault())).isInstanceOf(PlaylistAccessDeniedException.class);
    assertThatThrownBy(() -> refused.addEntries().addEntries(new AddEntriesCommand(stranger, playlist,
        OptionalLong.empty(), List.of(song.id()), null))).isInstanceOf(PlaylistAccessDeniedException.class);
    assertThatThrownBy(() -> refused.deletePlaylist().deletePlaylist(new DeletePlaylistCommand(stranger, playlist,
        OptionalLong.empty()))).isInstanceOf(PlaylistAccessDeniedException.class);
    assertThatThrownBy(() -> refused.setCollaborator().setCollaborator(new SetCollaboratorCommand(stranger, playlist,
        stranger.userId().orElseThrow(), PlaylistRole.EDITOR, OptionalLong.empty())))
        .isInstanceOf(PlaylistAccessDeniedException.class);
    assertThatThrownBy(() -> refusedTransfers.requestExport().requestExport(new RequestExportCommand(stranger,
        playlist, PlaylistFileFormat.OPENMUSIC, Optional.empty()))).isInstanceOf(PlaylistAccessDeniedException.class);
    assertThat(fakes.stores.entryRepository.findByPlaylist(playlist, PageRequest.firstDefault()).items()).isEmpty();
  }

  @Test
  void unknownPlaylistsAreStillNotFoundAndMembersKeepTheirRights() {
    PlaylistId nowhere = new PlaylistId(UUID.randomUUID());
    assertThatThrownBy(() -> refused.getPlaylist().getPlaylist(stranger, nowhere))
        .isInstanceOf(NotFoundException.class);

    refused.addEntries().addEntries(new AddEntriesCommand(editor, playlist, OptionalLong.empty(),
        List.of(song.id()), null));
    assertThat(refused.listEntries().listEntries(editor, playlist, PageRequest.firstDefault()).items()).hasSize(1);
    assertThatThrownBy(() -> refused.deletePlaylist().deletePlaylist(new DeletePlaylistCommand(editor, playlist,
        OptionalLong.empty()))).as("only the owner deletes").isInstanceOf(PlaylistAccessDeniedException.class);
    refused.deletePlaylist().deletePlaylist(new DeletePlaylistCommand(owner, playlist, OptionalLong.empty()));
    assertThatThrownBy(() -> refused.getPlaylist().getPlaylist(owner, playlist)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAdminWhoIsNoMemberIsRefusedToo() {
    var admin = aUser().roles(Role.ADMIN).build();
    fakes.accounts.users.add(admin);
    Actor adminActor = Actor.user(admin.id(), admin.roles());
    assertThatThrownBy(() -> refused.getPlaylist().getPlaylist(adminActor, playlist))
        .isInstanceOf(PlaylistAccessDeniedException.class);
  }
}
