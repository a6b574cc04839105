package dev.cadenza.adapters.rest.playlists;

import dev.cadenza.domain.playlists.model.LibrarySummary;
import io.swagger.v3.oas.annotations.media.Schema;

/** The counts of a user's library, in their private profile. */
@Schema(name = "LibrarySummary", description = "Counts of the user's library: saved songs, those marked listened, "
    + "playlists owned.")
public record LibrarySummaryJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long savedSongs,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long listenedSongs,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long playlists) {

  public static LibrarySummaryJson of(LibrarySummary s) {
    return new LibrarySummaryJson(s.savedSongs(), s.listenedSongs(), s.playlists());
  }
}
