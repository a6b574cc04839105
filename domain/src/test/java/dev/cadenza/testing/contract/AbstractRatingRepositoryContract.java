package dev.cadenza.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.DuplicateRatingException;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingChanges;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.ratings.model.Score;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.InvalidCursorException;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link dev.cadenza.domain.ratings.port.out.RatingRepository} must do. */
public abstract class AbstractRatingRepositoryContract extends RatingContractSupport {

  private Rating stored(Rating rating) {
    stores.tx().inTransaction(() -> stores.ratings().add(rating));
    return rating;
  }

  @Test
  void storesAndFindsARatingByIdAndByAuthor() {
    CatalogItem song = storedSong();
    Rating rating = stored(rating(song, someUser(), 7, "Lovely trumpet"));

    assertThat(stores.ratings().findById(song, rating.id())).contains(rating);
    assertThat(stores.ratings().findByAuthor(song, rating.author())).contains(rating);
    assertThat(stores.tx().inTransaction(() -> stores.ratings().findByIdForUpdate(song, rating.id())))
        .contains(rating);
  }

  @Test
  void aRatingIsFoundOnlyUnderItsOwnItem() {
    CatalogItem song = storedSong();
    CatalogItem other = storedSong();
    CatalogItem album = storedAlbum();
    Rating rating = stored(rating(song, someUser(), 4, null));

    assertThat(stores.ratings().findById(other, rating.id())).isEmpty();
    assertThat(stores.ratings().findById(new CatalogItem(album.kind(), song.id()), rating.id())).isEmpty();
    assertThat(stores.ratings().findByAuthor(other, rating.author())).isEmpty();
    assertThat(stores.ratings().findById(song, RatingId.generate(Clock.systemUTC()))).isEmpty();
  }

  @Test
  void albumRatingsWorkTheSame() {
    CatalogItem album = storedAlbum();
    Rating rating = stored(rating(album, someUser(), 10, null));

    assertThat(stores.ratings().findById(album, rating.id())).contains(rating);
  }

  @Test
  void aSecondRatingByTheSameAuthorIsADuplicateNamingTheFirst() {
    CatalogItem song = storedSong();
    UserId author = someUser();
    Rating first = stored(rating(song, author, 6, null));

    assertThatThrownBy(() -> stored(rating(song, author, 9, "again")))
        .isInstanceOfSatisfying(DuplicateRatingException.class, e -> assertThat(e.existing()).isEqualTo(first.id()));
    assertThat(stores.ratings().findByAuthor(song, author)).contains(first);
    stored(rating(storedSong(), author, 9, "another song is fine"));
  }

  @Test
  void updateStoresTheNextVersionAndRefusesAStaleOne() {
    CatalogItem song = storedSong();
    Rating rating = stored(rating(song, someUser(), 5, "meh"));
    Rating next = rating.revise(new RatingChanges(Change.to(new Score(8)), Change.to(null)), AT.plusSeconds(60));

    stores.tx().inTransaction(() -> stores.ratings().update(next));

    assertThat(stores.ratings().findById(song, rating.id())).contains(next);
    assertThat(next.details().comment()).isNull();
    assertThatThrownBy(() -> stores.tx().inTransaction(() -> stores.ratings().update(next)))
        .isInstanceOf(ConcurrentModificationException.class);
  }

  @Test
  void removeDeletesOnlyThatRating() {
    CatalogItem song = storedSong();
    Rating gone = stored(rating(song, someUser(), 3, null));
    Rating kept = stored(rating(song, someUser(), 4, null));

    assertThat(stores.tx().inTransaction(() -> stores.ratings().remove(song, gone.id()))).isTrue();
    assertThat(stores.tx().inTransaction(() -> stores.ratings().remove(song, gone.id()))).isFalse();
    assertThat(stores.ratings().findById(song, gone.id())).isEmpty();
    assertThat(stores.ratings().findById(song, kept.id())).contains(kept);
  }

  @Test
  void listsNewestFirstAPageAtATime() {
    CatalogItem song = storedSong();
    List<Rating> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      made.add(stored(rating(song, someUser(), i + 1, "rating " + i)));
    }
    stored(rating(storedSong(), someUser(), 2, "elsewhere"));

    List<Rating> seen = new ArrayList<>();
    PageRequest request = new PageRequest(2, java.util.Optional.empty(), true);
    for (int guard = 0; guard < 10; guard++) {
      Page<Rating> page = stores.ratings().list(song, request);
      seen.addAll(page.items());
      if (guard == 0) {
        assertThat(page.total()).hasValue(5);
      }
      if (page.next().isEmpty()) {
        break;
      }
      request = PageRequest.first(2).after(page.next().get());
    }
    List<Rating> newestFirst = new ArrayList<>(made);
    java.util.Collections.reverse(newestFirst);
    assertThat(seen).containsExactlyElementsOf(newestFirst);
  }

  @Test
  void aForeignCursorIsRefused() {
    CatalogItem song = storedSong();
    assertThatThrownBy(() -> stores.ratings().list(song, PageRequest.first(2).after(Cursor.of("title", "x", "y"))))
        .isInstanceOf(InvalidCursorException.class);
  }
}
