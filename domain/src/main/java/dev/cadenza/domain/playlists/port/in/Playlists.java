package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.shared.port.in.HandleIdempotentRequestUseCase;
import java.util.Objects;

/**
 * Every incoming port of the playlists context (playlists, entries, collaborators, activity and each
 * user's library), for a driving adapter; plus the idempotency of the creating requests. Built by
 * {@code dev.cadenza.domain.playlists.service.PlaylistsServices}.
 */
public record Playlists(
    CreatePlaylistUseCase createPlaylist,
    GetPlaylistUseCase getPlaylist,
    UpdatePlaylistUseCase updatePlaylist,
    DeletePlaylistUseCase deletePlaylist,
    ListMyPlaylistsUseCase listMyPlaylists,
    ListUserPlaylistsUseCase listUserPlaylists,
    ListEntriesUseCase listEntries,
    AddEntriesUseCase addEntries,
    RemoveEntryUseCase removeEntry,
    MoveEntryUseCase moveEntry,
    ListCollaboratorsUseCase listCollaborators,
    SetCollaboratorUseCase setCollaborator,
    RemoveCollaboratorUseCase removeCollaborator,
    ListPlaylistActivityUseCase listActivity,
    SaveSongUseCase saveSong,
    MarkListenedUseCase markListened,
    RemoveSavedSongUseCase removeSavedSong,
    ListLibraryUseCase listLibrary,
    GetLibrarySummaryUseCase librarySummary,
    HandleIdempotentRequestUseCase idempotency) {

  public Playlists {
    Objects.requireNonNull(createPlaylist, "createPlaylist");
    Objects.requireNonNull(getPlaylist, "getPlaylist");
    Objects.requireNonNull(updatePlaylist, "updatePlaylist");
    Objects.requireNonNull(deletePlaylist, "deletePlaylist");
    Objects.requireNonNull(listMyPlaylists, "listMyPlaylists");
    Objects.requireNonNull(listUserPlaylists, "listUserPlaylists");
    Objects.requireNonNull(listEntries, "listEntries");
    Objects.requireNonNull(addEntries, "addEntries");
    Objects.requireNonNull(removeEntry, "removeEntry");
    Objects.requireNonNull(moveEntry, "moveEntry");
    Objects.requireNonNull(listCollaborators, "listCollaborators");
    Objects.requireNonNull(setCollaborator, "setCollaborator");
    Objects.requireNonNull(removeCollaborator, "removeCollaborator");
    Objects.requireNonNull(listActivity, "listActivity");
    Objects.requireNonNull(saveSong, "saveSong");
    Objects.requireNonNull(markListened, "markListened");
    Objects.requireNonNull(removeSavedSong, "removeSavedSong");
    Objects.requireNonNull(listLibrary, "listLibrary");
    Objects.requireNonNull(librarySummary, "librarySummary");
    Objects.requireNonNull(idempotency, "idempotency");
  }
}
