package dev.cadenza.testing.contract;

import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.port.out.UserRepository;

/**
 * The playlists context's outgoing ports of one adapter over empty storage, with the song, album and
 * user repositories of the same storage (the tests store the songs, albums and accounts that playlists
 * refer to).
 */
public record PlaylistStores(PlaylistRepository playlists, PlaylistEntryRepository entries,
                             CollaboratorRepository collaborators, PlaylistActivityLog activity,
                             LibraryRepository library, SongReferences songReferences, SongRepository songs,
                             AlbumRepository albums, UserRepository users, TransactionRunner tx) {
}
