package dev.cadenza.adapters.rest.music;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cadenza.adapters.rest.ratings.RatingSummaryJson;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.format.DateTimeFormatter;

/** A song as the API shows it. */
@Schema(name = "Song", description = "A song in the catalog.")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "title", "performer", "genre", "year", "durationSeconds", "albumId", "rating", "likes",
    "likedByMe", "version", "createdAt", "updatedAt"})
public record SongJson(
    @Schema(description = "Opaque id.", example = "01890a5d-ac96-774b-bcce-b302099a8057",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String id,
    @Schema(example = "So What", requiredMode = Schema.RequiredMode.REQUIRED)
    String title,
    @Schema(example = "Miles Davis", requiredMode = Schema.RequiredMode.REQUIRED)
    String performer,
    @Schema(example = "Jazz", requiredMode = Schema.RequiredMode.REQUIRED)
    String genre,
    @Schema(example = "1959", requiredMode = Schema.RequiredMode.REQUIRED)
    Integer year,
    @Schema(description = "Whole seconds; null when unknown.", example = "562", nullable = true,
        requiredMode = Schema.RequiredMode.REQUIRED)
    Integer durationSeconds,
    @Schema(description = "The album the song is on; null when none.", nullable = true,
        example = "01890a5d-ac96-774b-bcce-b302099a8058",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String albumId,
    @Schema(description = "How the song is rated.", requiredMode = Schema.RequiredMode.REQUIRED)
    RatingSummaryJson rating,
    @Schema(description = "How many users like the song.", example = "12", requiredMode = Schema.RequiredMode.REQUIRED)
    long likes,
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Whether the caller likes the song; only for a signed-in caller.")
    Boolean likedByMe,
    @Schema(description = "Goes up by one with every change; the ETag starts with it (then the rating and like "
        + "figures), and If-Match takes it alone.", example = "1",
        requiredMode = Schema.RequiredMode.REQUIRED)
    long version,
    @Schema(description = "ISO-8601 UTC.", example = "2025-01-31T12:00:00.123456Z",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String createdAt,
    @Schema(description = "ISO-8601 UTC.", example = "2025-01-31T12:00:00.123456Z",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String updatedAt) {

  /** The song with zero figures: where its figures are not at hand (the current state of a {@code 412}). */
  public static SongJson of(Song song) {
    return of(song, Figures.none(CatalogItem.song(song.id())));
  }

  public static SongJson of(Song song, Engagement figures) {
    SongDetails d = song.details();
    return new SongJson(song.id().toString(), d.title(), d.performer(), d.genre(), d.year(), d.durationSeconds(),
        d.albumId() == null ? null : d.albumId().toString(), RatingSummaryJson.of(figures.rating()), figures.likes(),
        figures.likedByMe().orElse(null), song.version(),
        DateTimeFormatter.ISO_INSTANT.format(song.createdAt()), DateTimeFormatter.ISO_INSTANT.format(song.updatedAt()));
  }
}
