package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingDetails;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.ratings.model.Score;
import dev.cadenza.domain.shared.model.UserId;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code song_ratings} or {@code album_ratings}. */
record RatingRow(UUID id, UUID itemId, UUID authorId, int score, String comment, long version,
                 OffsetDateTime createdAt, OffsetDateTime updatedAt) {

  static final String COLUMNS = "id, item_id, author_id, score, comment, version, created_at, updated_at";

  static RatingRow of(Rating r) {
    return new RatingRow(r.id().value(), r.item().id(), r.author().value(), r.score().value(),
        r.details().comment(), r.version(), Times.toColumn(r.createdAt()), Times.toColumn(r.updatedAt()));
  }

  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement.bind("id", id).bind("itemId", itemId).bind("authorId", authorId).bind("score", (short) score)
        .bindByType("comment", comment, String.class).bind("version", version).bind("createdAt", createdAt)
        .bind("updatedAt", updatedAt);
  }

  Rating toRating(ItemKind kind) {
    return new Rating(new RatingId(id), new CatalogItem(kind, itemId), new UserId(authorId),
        new RatingDetails(new Score(score), comment), version, createdAt.toInstant(), updatedAt.toInstant());
  }
}
