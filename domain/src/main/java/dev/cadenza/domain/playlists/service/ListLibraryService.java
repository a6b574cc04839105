package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.playlists.port.in.ListLibraryQuery;
import dev.cadenza.domain.playlists.port.in.ListLibraryUseCase;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.users.port.in.GetUserUseCase;

/** A library is private: anyone but the user and admins is told the user does not exist. */
public final class ListLibraryService implements ListLibraryUseCase {

  private final LibraryRepository library;
  private final GetUserUseCase users;

  public ListLibraryService(LibraryRepository library, GetUserUseCase users) {
    this.library = library;
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
}
