package dev.cadenza.domain.playlists.port.out;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.LibrarySong;
import dev.cadenza.domain.playlists.model.LibrarySongView;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Optional;

/** Each user's saved songs. */
public interface LibraryRepository {

  /** Saves a song; false (and nothing changes) when the user had saved it already. */
  boolean add(LibrarySong song);

  Optional<LibrarySong> find(UserId user, SongId song);

  /**
   * {@link #find}, and inside a transaction the saved song stays locked until it ends, so that a
   * change conditional on what was read (an {@code If-Match}) is not overtaken by another between
   * the read and the write.
   */
  Optional<LibrarySong> findForUpdate(UserId user, SongId song);

  /**
   * Stores the listened state of a saved song; false (and nothing changes) when the user no longer
   * has it saved (a removal committed since it was read).
   */
  boolean update(LibrarySong song);

  boolean remove(UserId user, SongId song);

  /** Takes {@code song} out of every library; returns from how many. */
  int removeSong(SongId song);

  /**
   * One page of {@code user}'s saved songs, newest first (by time saved, then song id); with
   * {@code listened} only those marked listened ({@code true}) or not ({@code false}).
   */
  Page<LibrarySongView> findByUser(UserId user, Boolean listened, PageRequest page);

  /** How many songs {@code user} saved, and how many of them are marked listened. */
  Counts count(UserId user);

  /** Saved and listened counts. */
  record Counts(long saved, long listened) {
  }
}
