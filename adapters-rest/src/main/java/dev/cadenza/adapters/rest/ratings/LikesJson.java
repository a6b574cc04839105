package dev.cadenza.adapters.rest.ratings;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cadenza.domain.ratings.model.Engagement;
import io.swagger.v3.oas.annotations.media.Schema;

/** An item's likes. */
@Schema(name = "Likes", description = "How many users like the item; likedByMe only for a signed-in caller.")
public record LikesJson(
    @Schema(description = "How many users like it.", example = "42", requiredMode = Schema.RequiredMode.REQUIRED)
    long count,
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Whether the caller likes it; absent for anonymous callers.")
    Boolean likedByMe) {

  public static LikesJson of(Engagement e) {
    return new LikesJson(e.likes(), e.likedByMe().orElse(null));
  }
}
