package dev.cadenza.domain.playlists.model;

/** The limits of playlists and libraries. */
public final class PlaylistRules {

  public static final int MAX_NAME = 200;
  public static final int MAX_DESCRIPTION = 2_000;
  /** Songs one add may carry. */
  public static final int MAX_SONGS_PER_ADD = 100;
  /** Entries one playlist may hold. */
  public static final int MAX_ENTRIES = 10_000;

  private PlaylistRules() {
  }
}
