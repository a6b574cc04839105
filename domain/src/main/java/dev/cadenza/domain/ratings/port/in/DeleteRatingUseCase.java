package dev.cadenza.domain.ratings.port.in;

/** The author withdraws their rating; others are refused. */
public interface DeleteRatingUseCase {
  void deleteRating(DeleteRatingCommand command);
}
