package dev.cadenza.adapters.rest.playlists;

import dev.cadenza.domain.playlists.model.ImportedPlaylist;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The outcome of a playlist import on the wire. */
@Schema(name = "PlaylistImport", description = "The playlist created from the file, and the file's items that "
    + "matched no catalog song.")
public record ImportJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PlaylistJson playlist,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"json", "m3u8", "xspf", "jspf", "openmusic"},
        description = "The format the file was recognised as.") String format,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Items added as entries.") int matched,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Items that matched no song, in file order.")
    List<Unmatched> unmatched) {

  @Schema(name = "PlaylistImportUnmatched")
  public record Unmatched(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The item's number in the file, from 1.")
      int number,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "How the file describes it.") String line,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) String title,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) String performer) {
  }

  static ImportJson of(ImportedPlaylist imported) {
    return new ImportJson(PlaylistJson.of(imported.playlist()), imported.format().extension(), imported.matched(),
        imported.unmatched().stream().map(i -> new Unmatched(i.number(), i.line(), i.title().orElse(null),
            i.performer().orElse(null))).toList());
  }
}
