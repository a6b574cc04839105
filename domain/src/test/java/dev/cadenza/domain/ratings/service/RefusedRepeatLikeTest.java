package dev.cadenza.domain.ratings.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.ratings.model.AlreadyLikedException;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.port.in.LikeCommand;
import dev.cadenza.domain.ratings.port.in.RatingsAndLikes;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.DomainException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryCatalog;
import dev.cadenza.testing.inmemory.InMemoryRatings;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A like that refuses to be repeated: the second one fails, and changes nothing. */
class RefusedRepeatLikeTest {

  private final MutableClock clock = MutableClock.startingAt("2026-05-01T10:00:00Z");
  private final InMemoryRatings context = new InMemoryRatings(InMemoryCatalog.open(clock), clock, 3);
  private final RatingsAndLikes ratings = context.useCases;
  private final Actor ada = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.USER));

  @Test
  void aRepeatedLikeIsAConflictWhenAskedForAndIdempotentOtherwise() {
    CatalogItem album = CatalogItem.album(context.catalog.useCases.createAlbum().createAlbum(
        new CreateAlbumCommand(Actor.system(), new AlbumDetails("Parachutes", null, 2000))).album().id());

    assertThat(ratings.likeItem().likeItem(new LikeCommand(ada, album, true)).likes()).isEqualTo(1);
    assertThatThrownBy(() -> ratings.likeItem().likeItem(new LikeCommand(ada, album, true)))
        .isInstanceOfSatisfying(AlreadyLikedException.class, e -> {
          assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
          assertThat(e.code()).isEqualTo("AlreadyLiked");
        });
    assertThat(ratings.likeItem().likeItem(new LikeCommand(ada, album)).likes()).as("the default stays idempotent")
        .isEqualTo(1);
    assertThat(ratings.getLikes().getLikes(Actor.anonymous(), album).likes()).isEqualTo(1);
  }
}
