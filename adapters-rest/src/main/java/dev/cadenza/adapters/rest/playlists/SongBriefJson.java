package dev.cadenza.adapters.rest.playlists;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cadenza.domain.playlists.model.SongSummary;
import io.swagger.v3.oas.annotations.media.Schema;

/** What playlists, libraries and histories show of a song. */
@Schema(name = "SongBrief", description = "A song's id, title, performer and duration.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SongBriefJson(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "So What") String title,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Miles Davis") String performer,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, example = "562") Integer durationSeconds) {

  static SongBriefJson of(SongSummary s) {
    return new SongBriefJson(s.id().toString(), s.title(), s.performer(), s.durationSeconds());
  }
}
