package dev.cadenza.domain.ratings.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.DeleteSongCommand;
import dev.cadenza.domain.music.port.in.SearchSongsQuery;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Chart;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ChartEntry;
import dev.cadenza.domain.ratings.model.DuplicateRatingException;
import dev.cadenza.domain.ratings.model.Engagement;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.NotRatingAuthorException;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingChanges;
import dev.cadenza.domain.ratings.model.RatingDetails;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.ratings.model.RatingSummary;
import dev.cadenza.domain.ratings.model.Score;
import dev.cadenza.domain.ratings.port.in.ChartQuery;
import dev.cadenza.domain.ratings.port.in.DeleteRatingCommand;
import dev.cadenza.domain.ratings.port.in.LikeCommand;
import dev.cadenza.domain.ratings.port.in.ListRatingsQuery;
import dev.cadenza.domain.ratings.port.in.RateItemCommand;
import dev.cadenza.domain.ratings.port.in.RatingsAndLikes;
import dev.cadenza.domain.ratings.port.in.UpdateRatingCommand;
import dev.cadenza.domain.shared.model.AuthenticationRequiredException;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryCatalog;
import dev.cadenza.testing.inmemory.InMemoryRatings;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ratings, likes and charts through the use cases, over the in-memory adapters. */
class RatingsUseCasesTest {

  private final MutableClock clock = MutableClock.startingAt("2026-05-01T10:00:00Z");
  private final InMemoryRatings context = new InMemoryRatings(InMemoryCatalog.open(clock), clock, 3);
  private final RatingsAndLikes ratings = context.useCases;
  private final Actor ada = user();
  private final Actor bob = user();

  private static Actor user() {
    return Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.USER));
  }

  private CatalogItem song(String title) {
    Song song = context.catalog.useCases.createSong().createSong(new CreateSongCommand(Actor.system(),
        new SongDetails(title, "Performer of " + title, "Jazz", 1999, 200, null)));
    return CatalogItem.song(song.id());
  }

  private CatalogItem album(String title) {
    return CatalogItem.album(context.catalog.useCases.createAlbum().createAlbum(
        new CreateAlbumCommand(Actor.system(), new AlbumDetails(title, null, 2001))).album().id());
  }

  private Rating rate(Actor who, CatalogItem item, int score) {
    return ratings.rateItem().rateItem(new RateItemCommand(who, item, new RatingDetails(new Score(score), null)));
  }

  private RatingSummary summary(CatalogItem item) {
    return context.stats.summaryOf(item);
  }

  @Test
  void ratingKeepsTheSummaryUpToDateThroughCreateChangeAndDelete() {
    CatalogItem song = song("So What");
    Rating mine = rate(ada, song, 8);
    rate(bob, song, 5);
    assertThat(summary(song)).isEqualTo(new RatingSummary(2, 13));

    Rating changed = ratings.updateRating().updateRating(new UpdateRatingCommand(ada, song, mine.id(),
        OptionalLong.of(1), new RatingChanges(Change.to(new Score(10)), Change.to("Timeless"))));
    assertThat(changed.version()).isEqualTo(2);
    assertThat(changed.details().comment()).isEqualTo("Timeless");
    assertThat(summary(song)).isEqualTo(new RatingSummary(2, 15));

    ratings.deleteRating().deleteRating(new DeleteRatingCommand(ada, song, mine.id(), OptionalLong.empty()));
    assertThat(summary(song)).isEqualTo(new RatingSummary(1, 5));
    assertThatThrownBy(() -> ratings.getRating().getRating(song, mine.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aSecondRatingIsAConflictNamingTheFirst() {
    CatalogItem song = song("Freddie Freeloader");
    Rating first = rate(ada, song, 6);

    assertThatThrownBy(() -> rate(ada, song, 7))
        .isInstanceOfSatisfying(DuplicateRatingException.class, e -> {
          assertThat(e.existing()).isEqualTo(first.id());
          assertThat(e.kind()).isEqualTo(dev.cadenza.domain.shared.model.DomainException.Kind.CONFLICT);
        });
    assertThat(summary(song)).isEqualTo(new RatingSummary(1, 6));
  }

  @Test
  void onlyTheAuthorChangesOrDeletesARating() {
    CatalogItem song = song("Blue in Green");
    Rating mine = rate(ada, song, 8);
    RatingChanges changes = new RatingChanges(Change.to(new Score(1)), Change.keep());

    assertThatThrownBy(() -> ratings.updateRating().updateRating(
        new UpdateRatingCommand(bob, song, mine.id(), OptionalLong.empty(), changes)))
        .isInstanceOf(NotRatingAuthorException.class);
    Actor admin = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN));
    assertThatThrownBy(() -> ratings.deleteRating().deleteRating(
        new DeleteRatingCommand(admin, song, mine.id(), OptionalLong.empty())))
        .isInstanceOf(NotRatingAuthorException.class);
    assertThatThrownBy(() -> ratings.deleteRating().deleteRating(
        new DeleteRatingCommand(Actor.anonymous(), song, mine.id(), OptionalLong.empty())))
        .isInstanceOf(AuthenticationRequiredException.class);
    assertThat(summary(song)).isEqualTo(new RatingSummary(1, 8));
  }

  @Test
  void aStaleVersionIsRefusedWithTheCurrentRating() {
    CatalogItem song = song("All Blues");
    Rating mine = rate(ada, song, 8);

    assertThatThrownBy(() -> ratings.updateRating().updateRating(new UpdateRatingCommand(ada, song, mine.id(),
        OptionalLong.of(7), new RatingChanges(Change.to(new Score(2)), Change.keep()))))
        .isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.current()).isEqualTo(mine));
  }

  @Test
  void unknownItemsAndRatingsAreNotFound() {
    CatalogItem nowhere = CatalogItem.song(SongId.generate(Clock.systemUTC()));
    assertThatThrownBy(() -> rate(ada, nowhere, 5))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("SongNotFound"));
    assertThatThrownBy(() -> ratings.likeItem().likeItem(new LikeCommand(ada, nowhere)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> ratings.listRatings().listRatings(new ListRatingsQuery(nowhere, PageRequest.first(5))))
        .isInstanceOf(NotFoundException.class);
    CatalogItem song = song("Flamenco Sketches");
    assertThatThrownBy(() -> ratings.updateRating().updateRating(new UpdateRatingCommand(ada, song,
        RatingId.generate(clock), OptionalLong.empty(), new RatingChanges(Change.keep(), Change.keep()))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("RatingNotFound"));
  }

  @Test
  void ratingsNeedASignedInUser() {
    CatalogItem song = song("Milestones");
    assertThatThrownBy(() -> rate(Actor.anonymous(), song, 5)).isInstanceOf(AuthenticationRequiredException.class);
    assertThatThrownBy(() -> ratings.likeItem().likeItem(new LikeCommand(Actor.anonymous(), song)))
        .isInstanceOf(AuthenticationRequiredException.class);
  }

  @Test
  void likesAreIdempotentAndSeparateFromRatings() {
    CatalogItem song = song("Naima");
    Engagement liked = ratings.likeItem().likeItem(new LikeCommand(ada, song));
    Engagement again = ratings.likeItem().likeItem(new LikeCommand(ada, song));
    ratings.likeItem().likeItem(new LikeCommand(bob, song));

    assertThat(liked.likes()).isEqualTo(1);
    assertThat(again.likes()).isEqualTo(1);
    assertThat(again.likedByMe()).contains(true);
    assertThat(ratings.getLikes().getLikes(Actor.anonymous(), song).likes()).isEqualTo(2);
    assertThat(ratings.getLikes().getLikes(Actor.anonymous(), song).likedByMe()).isEmpty();
    assertThat(summary(song)).isEqualTo(RatingSummary.NONE);

    Engagement unliked = ratings.unlikeItem().unlikeItem(new LikeCommand(ada, song));
    ratings.unlikeItem().unlikeItem(new LikeCommand(ada, song));
    assertThat(unliked.likes()).isEqualTo(1);
    assertThat(ratings.getLikes().getLikes(ada, song).likedByMe()).contains(false);
    assertThat(ratings.getLikes().getLikes(bob, song).likedByMe()).contains(true);
    assertThat(ratings.getLikes().getLikes(bob, song).likes()).isEqualTo(1);
  }

  @Test
  void engagementCoversEveryItemAskedFor() {
    CatalogItem a = song("A");
    CatalogItem b = album("B");
    rate(ada, a, 9);
    ratings.likeItem().likeItem(new LikeCommand(ada, b));

    var figures = ratings.getEngagement().getEngagement(ada, List.of(a, b, a));
    assertThat(figures).hasSize(2);
    assertThat(figures.get(a).rating()).isEqualTo(new RatingSummary(1, 9));
    assertThat(figures.get(a).likedByMe()).contains(false);
    assertThat(figures.get(b).likes()).isEqualTo(1);
    assertThat(figures.get(b).likedByMe()).contains(true);
    assertThat(ratings.getEngagement().getEngagement(Actor.anonymous(), List.of(a)).get(a).likedByMe()).isEmpty();
  }

  @Test
  void ratingsAreListedNewestFirst() {
    CatalogItem song = song("Giant Steps");
    Rating first = rate(ada, song, 4);
    clock.advance(java.time.Duration.ofSeconds(1));
    Rating second = rate(bob, song, 6);

    assertThat(ratings.listRatings().listRatings(new ListRatingsQuery(song, PageRequest.first(10))).items())
        .containsExactly(second, first);
  }

  @Test
  void chartsNeedTheMinimumNumberOfRatingsAndNameTheItems() {
    CatalogItem one = song("One ten");
    CatalogItem solid = song("Solid");
    CatalogItem great = song("Great");
    rate(ada, one, 10);
    for (int i = 0; i < 3; i++) {
      rate(user(), solid, 7);
      rate(user(), great, 9);
    }
    ratings.likeItem().likeItem(new LikeCommand(ada, one));

    Chart byRating = ratings.getChart().getChart(new ChartQuery(ItemKind.SONG, ChartBy.RATING, 20));
    assertThat(byRating.minimumRatings()).isEqualTo(3);
    assertThat(byRating.entries()).extracting(ChartEntry::item).containsExactly(great, solid);
    assertThat(byRating.entries().get(0).rank()).isEqualTo(1);
    assertThat(byRating.entries().get(0).title()).isEqualTo("Great");
    assertThat(byRating.entries().get(0).score(ChartBy.RATING)).isEqualByComparingTo("9.00");

    Chart byLikes = ratings.getChart().getChart(new ChartQuery(ItemKind.SONG, ChartBy.LIKES, 1));
    assertThat(byLikes.entries()).extracting(ChartEntry::item).containsExactly(one);
    assertThat(byLikes.entries().get(0).score(ChartBy.LIKES)).isEqualByComparingTo("1");
    assertThatThrownBy(() -> new ChartQuery(ItemKind.SONG, ChartBy.LIKES, 101)).isInstanceOf(ValidationException.class);
  }

  @Test
  void aDeletedSongLeavesTheChartAndTheRanksCloseUp() {
    CatalogItem gone = song("Gone");
    CatalogItem stays = song("Stays");
    ratings.likeItem().likeItem(new LikeCommand(ada, gone));
    ratings.likeItem().likeItem(new LikeCommand(bob, gone));
    ratings.likeItem().likeItem(new LikeCommand(ada, stays));
    context.catalog.useCases.deleteSong().deleteSong(
        new DeleteSongCommand(Actor.system(), gone.songId(), OptionalLong.empty()));

    Chart chart = ratings.getChart().getChart(new ChartQuery(ItemKind.SONG, ChartBy.LIKES, 20));
    assertThat(chart.entries()).extracting(ChartEntry::item).containsExactly(stays);
    assertThat(chart.entries().get(0).rank()).isEqualTo(1);
  }

  @Test
  void theCatalogSortsByRatingAndByLikes() {
    CatalogItem low = song("Low");
    CatalogItem high = song("High");
    CatalogItem none = song("None");
    rate(ada, low, 3);
    rate(ada, high, 9);
    ratings.likeItem().likeItem(new LikeCommand(bob, low));

    var byRating = context.catalog.useCases.searchSongs().searchSongs(
        new SearchSongsQuery(SongFilter.all(), CatalogSort.RATING, PageRequest.first(10))).items();
    assertThat(byRating).extracting(s -> s.id().value()).containsExactly(high.id(), low.id(), none.id());
    var byLikes = context.catalog.useCases.searchSongs().searchSongs(
        new SearchSongsQuery(SongFilter.all(), CatalogSort.LIKES, PageRequest.first(1))).items();
    assertThat(byLikes).extracting(s -> s.id().value()).containsExactly(low.id());
    assertThat(Optional.of(byLikes)).isPresent();
  }
}
