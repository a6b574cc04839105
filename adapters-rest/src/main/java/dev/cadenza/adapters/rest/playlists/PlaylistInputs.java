package dev.cadenza.adapters.rest.playlists;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The request bodies of the playlists and library resources; the domain validates the values. */
public final class PlaylistInputs {

  private PlaylistInputs() {
  }

  @Schema(name = "PlaylistInput", description = "A new playlist.")
  public record NewPlaylist(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1..200 characters.", example = "Road trip",
          minLength = 1, maxLength = 200)
      String name,
      @Schema(description = "Up to 2000 characters.", nullable = true, example = "Songs for the A7", maxLength = 2000)
      String description,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"private", "public"}) String visibility) {
  }

  @Schema(name = "PlaylistPatch", description = "JSON merge patch: members left out keep their value; description "
      + "null clears it. Editors may change name and description; only the owner changes visibility.")
  public record PlaylistPatch(
      @Schema(example = "Road trip 2", minLength = 1, maxLength = 200) String name,
      @Schema(nullable = true, maxLength = 2000) String description,
      @Schema(allowableValues = {"private", "public"}) String visibility) {
  }

  @Schema(name = "PlaylistEntriesInput", description = "Songs to add, in order, at a position (default: the end).")
  public record AddEntries(
      @ArraySchema(minItems = 1, maxItems = 100, schema = @Schema(format = "uuid"),
          arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 to 100 song ids; a song "
              + "may be given more than once (each occurrence becomes its own entry).")) List<String> songIds,
      @Schema(description = "0 up to the entry count; the entries from there on move down.", minimum = "0")
      Integer position) {
  }

  @Schema(name = "PlaylistEntryMove", description = "Where an entry goes.")
  public record MoveEntry(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "0 up to the entry count - 1.",
          minimum = "0") Integer position) {
  }

  @Schema(name = "CollaboratorInput", description = "A collaborator's role.")
  public record CollaboratorRole(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"editor", "viewer"}) String role) {
  }

  @Schema(name = "LibrarySongPatch", description = "Mark a saved song listened (now) or not.")
  public record Listened(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean listened) {
  }

  @Schema(name = "ExportInput", description = "What to export the playlist as, and where to mail it.")
  public record NewExport(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"json", "m3u8", "xspf", "jspf", "openmusic"})
      String format,
      @Schema(description = "When given, the file is also sent to this address as an attachment.", nullable = true,
          example = "ann@example.com", format = "email", maxLength = 254) String email) {
  }
}
