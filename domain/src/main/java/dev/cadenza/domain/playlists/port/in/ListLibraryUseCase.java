package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.shared.model.Page;

/** A user's saved songs; only for the user and admins (others are told the user is not found). */
public interface ListLibraryUseCase {
  Page<LibrarySongView> listLibrary(ListLibraryQuery query);
}
