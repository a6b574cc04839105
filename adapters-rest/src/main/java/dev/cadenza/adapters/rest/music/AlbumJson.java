package dev.cadenza.adapters.rest.music;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.adapters.rest.ratings.RatingSummaryJson;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Engagement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.format.DateTimeFormatter;

/** An album as the API shows it. */
@Schema(name = "Album", description = "An album in the catalog.")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "title", "performer", "year", "coverUrl", "songCount", "rating", "likes", "likedByMe",
    "version", "createdAt", "updatedAt"})
public record AlbumJson(
    @Schema(description = "Opaque id.", example = "01890a5d-ac96-774b-bcce-b302099a8057",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String id,
    @Schema(example = "Kind of Blue", requiredMode = Schema.RequiredMode.REQUIRED)
    String title,
    @Schema(description = "Null for compilations.", example = "Miles Davis", nullable = true,
        requiredMode = Schema.RequiredMode.REQUIRED)
    String performer,
    @Schema(example = "1959", requiredMode = Schema.RequiredMode.REQUIRED)
    Integer year,
    @Schema(description = "Where to GET the cover image; null until a cover is uploaded. The URL names the "
        + "current image (its digest is the v parameter), so it changes when the cover does and may be cached "
        + "for long.", example = "/api/v1/albums/01890a5d-ac96-774b-bcce-b302099a8057/cover?v=6e568e1f67fba258184c"
        + "78181539e5e8fdee447e49bb706fc0ea34fbf12336a5", nullable = true,
        requiredMode = Schema.RequiredMode.REQUIRED)
    String coverUrl,
    @Schema(description = "How many songs are on the album.", example = "5",
        requiredMode = Schema.RequiredMode.REQUIRED)
    long songCount,
    @Schema(description = "How the album is rated.", requiredMode = Schema.RequiredMode.REQUIRED)
    RatingSummaryJson rating,
    @Schema(description = "How many users like the album.", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
    long likes,
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Whether the caller likes the album; only for a signed-in caller.")
    Boolean likedByMe,
    @Schema(description = "Goes up by one with every change of the album's own fields.", example = "1",
        requiredMode = Schema.RequiredMode.REQUIRED)
    long version,
    @Schema(description = "ISO-8601 UTC.", example = "2025-01-31T12:00:00.123456Z",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String createdAt,
    @Schema(description = "ISO-8601 UTC.", example = "2025-01-31T12:00:00.123456Z",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String updatedAt) {

  /** The album with zero figures: where its figures are not at hand (the current state of a {@code 412}). */
  public static AlbumJson of(AlbumView view) {
    return of(view, Figures.none(CatalogItem.album(view.album().id())));
  }

  public static AlbumJson of(AlbumView view, Engagement figures) {
    Album album = view.album();
    AlbumDetails d = album.details();
    String id = album.id().toString();
    return new AlbumJson(id, d.title(), d.performer(), d.year(),
        MusicWire.coverUrl(album), view.songCount(),
        RatingSummaryJson.of(figures.rating()), figures.likes(), figures.likedByMe().orElse(null),
        album.version(), DateTimeFormatter.ISO_INSTANT.format(album.createdAt()),
        DateTimeFormatter.ISO_INSTANT.format(album.updatedAt()));
  }
}
