package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySong;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.in.ListLibraryQuery;
import dev.cadenza.domain.playlists.port.in.ListLibraryUseCase;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.port.in.GetUserUseCase;
import java.util.List;

/** A library is private: anyone but the user and admins is told the user does not exist. */
public final class ListLibraryService implements ListLibraryUseCase {

  private final LibraryRepository library;
  private final SongReferences songs;
  private final GetUserUseCase users;

  public ListLibraryService(LibraryRepository library, SongReferences songs, GetUserUseCase users) {
    this.library = library;
    this.songs = songs;
    this.users = users;
  }

  @Override
  public Page<LibrarySongView> listLibrary(ListLibraryQuery query) {
    if (!Access.isSelfOrAdmin(query.reader(), query.owner())) {
      throw new NotFoundException(PlaylistSupport.USER, query.owner().toString());
    }
    users.getUser(query.reader(), query.owner());
    return library.findByUser(query.owner(), query.listened(), query.page());
  }

  @Override
  public LibrarySongView getSavedSong(Actor caller, SongId song) {
    UserId user = Access.requireUser(caller);
    NotFoundException notSaved = new NotFoundException(PlaylistSupport.LIBRARY_SONG, song.toString());
    // the song first, as the library's writers take them: a song deleted meanwhile is simply not saved
    SongSummary summary = songs.findForReference(List.of(song)).get(song);
    if (summary == null) {
      throw notSaved;
    }
    LibrarySong saved = library.find(user, song).orElseThrow(() -> notSaved);
    return new LibrarySongView(saved, summary);
  }
}
