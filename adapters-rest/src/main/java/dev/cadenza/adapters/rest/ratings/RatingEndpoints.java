package dev.cadenza.adapters.rest.ratings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.IdempotentPosts;
import dev.cadenza.adapters.rest.http.JsonBodies;
import dev.cadenza.adapters.rest.http.Preconditions;
import dev.cadenza.adapters.rest.http.QueryParams;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingDetails;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.ratings.port.in.DeleteRatingCommand;
import dev.cadenza.domain.ratings.port.in.DeleteRatingUseCase;
import dev.cadenza.domain.ratings.port.in.GetLikesUseCase;
import dev.cadenza.domain.ratings.port.in.GetRatingUseCase;
import dev.cadenza.domain.ratings.port.in.LikeCommand;
import dev.cadenza.domain.ratings.port.in.LikeItemUseCase;
import dev.cadenza.domain.ratings.port.in.ListRatingsQuery;
import dev.cadenza.domain.ratings.port.in.ListRatingsUseCase;
import dev.cadenza.domain.ratings.port.in.RateItemCommand;
import dev.cadenza.domain.ratings.port.in.RateItemUseCase;
import dev.cadenza.domain.ratings.port.in.UnlikeItemUseCase;
import dev.cadenza.domain.ratings.port.in.UpdateRatingCommand;
import dev.cadenza.domain.ratings.port.in.UpdateRatingUseCase;
import dev.cadenza.domain.shared.model.PageRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Objects;
import java.util.OptionalLong;

/** What the song and album ratings and likes resources do, the same for both kinds of item. */
final class RatingEndpoints {

  /** The ratings use cases. */
  record Ratings(RateItemUseCase rate, GetRatingUseCase get, UpdateRatingUseCase update, DeleteRatingUseCase delete,
                 ListRatingsUseCase list, IdempotentPosts idempotent) {
    Ratings {
      Objects.requireNonNull(rate, "rate");
      Objects.requireNonNull(get, "get");
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(delete, "delete");
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(idempotent, "idempotent");
    }

    Response create(CatalogItem item, JsonNode body, String idempotencyKey, ContainerRequestContext request) {
      RatingDetails details = RatingsWire.details(JsonBodies.object(body));
      return idempotent.run(request, idempotencyKey, body, () -> {
        Rating rating = rate.rateItem(new RateItemCommand(CallerFilter.caller(request), item, details));
        return Response.created(URI.create(RatingsWire.location(item, rating.id())))
            .header(HttpHeaders.ETAG, RatingsWire.etag(rating))
            .entity(RatingJson.of(rating))
            .build();
      });
    }

    RatingListJson list(CatalogItem item, String limit, String cursor, String includeTotal) {
      PageRequest page = QueryParams.page(limit, cursor, includeTotal);
      return RatingListJson.of(list.listRatings(new ListRatingsQuery(item, page)), page.limit());
    }

    Response get(CatalogItem item, String ratingId, String ifNoneMatch) {
      Rating rating = get.getRating(item, RatingsWire.ratingId(ratingId));
      String etag = RatingsWire.etag(rating);
      if (Preconditions.notModified(ifNoneMatch, etag)) {
        return Response.notModified().header(HttpHeaders.ETAG, etag).build();
      }
      return Response.ok(RatingJson.of(rating)).header(HttpHeaders.ETAG, etag).build();
    }

    Response patch(CatalogItem item, String ratingId, String ifMatch, JsonNode body, ContainerRequestContext request) {
      RatingId id = RatingsWire.ratingId(ratingId);
      var changes = RatingsWire.changes(JsonBodies.object(body));
      OptionalLong expected = expectedVersion(item, id, ifMatch);
      Rating rating = update.updateRating(new UpdateRatingCommand(CallerFilter.caller(request), item, id, expected,
          changes));
      return Response.ok(RatingJson.of(rating)).header(HttpHeaders.ETAG, RatingsWire.etag(rating)).build();
    }

    Response delete(CatalogItem item, String ratingId, String ifMatch, ContainerRequestContext request) {
      RatingId id = RatingsWire.ratingId(ratingId);
      OptionalLong expected = expectedVersion(item, id, ifMatch);
      delete.deleteRating(new DeleteRatingCommand(CallerFilter.caller(request), item, id, expected));
      return Response.noContent().build();
    }

    private OptionalLong expectedVersion(CatalogItem item, RatingId id, String ifMatch) {
      return Preconditions.expectedVersion(ifMatch, RatingsWire::ratingVersionOfTag, () -> get.getRating(item, id),
          Rating::version, RatingsWire::represent);
    }
  }

  /** The likes use cases. */
  record Likes(LikeItemUseCase like, UnlikeItemUseCase unlike, GetLikesUseCase get) {
    Likes {
      Objects.requireNonNull(like, "like");
      Objects.requireNonNull(unlike, "unlike");
      Objects.requireNonNull(get, "get");
    }

    LikesJson count(CatalogItem item, ContainerRequestContext request) {
      return LikesJson.of(get.getLikes(CallerFilter.caller(request), item));
    }

    LikesJson like(CatalogItem item, ContainerRequestContext request) {
      return LikesJson.of(like.likeItem(new LikeCommand(CallerFilter.caller(request), item)));
    }

    Response unlike(CatalogItem item, ContainerRequestContext request) {
      unlike.unlikeItem(new LikeCommand(CallerFilter.caller(request), item));
      return Response.noContent().build();
    }
  }

  private RatingEndpoints() {
  }
}
