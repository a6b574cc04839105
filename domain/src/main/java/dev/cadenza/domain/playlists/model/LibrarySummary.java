package dev.cadenza.domain.playlists.model;

/** Counts about a user's library: saved songs, those marked listened, and playlists owned. */
public record LibrarySummary(long savedSongs, long listenedSongs, long playlists) {
}
