package dev.cadenza.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.shared.model.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link dev.cadenza.domain.ratings.port.out.LikeRepository} must do. */
public abstract class AbstractLikeRepositoryContract extends RatingContractSupport {

  private boolean like(CatalogItem item, UserId user) {
    return stores.tx().inTransaction(() -> stores.likes().add(item, user, AT));
  }

  private boolean unlike(CatalogItem item, UserId user) {
    return stores.tx().inTransaction(() -> stores.likes().remove(item, user));
  }

  @Test
  void likingTwiceChangesNothingTheSecondTime() {
    CatalogItem song = storedSong();
    UserId ada = someUser();

    assertThat(like(song, ada)).isTrue();
    assertThat(like(song, ada)).isFalse();
    assertThat(stores.likes().likedBy(ada, List.of(song))).containsExactly(song);
  }

  @Test
  void unlikingTwiceChangesNothingTheSecondTime() {
    CatalogItem album = storedAlbum();
    UserId ada = someUser();
    like(album, ada);

    assertThat(unlike(album, ada)).isTrue();
    assertThat(unlike(album, ada)).isFalse();
    assertThat(stores.likes().likedBy(ada, List.of(album))).isEmpty();
  }

  @Test
  void likedByAnswersPerUserAndItem() {
    CatalogItem a = storedSong();
    CatalogItem b = storedSong();
    CatalogItem c = storedAlbum();
    UserId ada = someUser();
    UserId bob = someUser();
    like(a, ada);
    like(c, ada);
    like(b, bob);

    assertThat(stores.likes().likedBy(ada, List.of(a, b, c))).containsExactlyInAnyOrder(a, c);
    assertThat(stores.likes().likedBy(bob, List.of(a, b, c))).containsExactly(b);
    assertThat(stores.likes().likedBy(bob, List.of())).isEmpty();
  }
}
