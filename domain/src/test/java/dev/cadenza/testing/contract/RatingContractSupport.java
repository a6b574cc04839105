package dev.cadenza.testing.contract;

import static dev.cadenza.testing.builders.AlbumBuilder.anAlbum;
import static dev.cadenza.testing.builders.SongBuilder.aSong;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Rating;
import dev.cadenza.domain.ratings.model.RatingDetails;
import dev.cadenza.domain.ratings.model.RatingId;
import dev.cadenza.domain.ratings.model.Score;
import dev.cadenza.domain.shared.model.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/** Fresh stores and small helpers for the ratings port contracts. */
abstract class RatingContractSupport {

  protected static final Instant AT = Instant.parse("2026-06-01T12:00:00.123456Z");

  protected RatingStores stores;

  /** Empty storage for one test. */
  protected abstract RatingStores newStores();

  @BeforeEach
  void freshStores() {
    stores = newStores();
  }

  protected CatalogItem storedSong() {
    Song song = aSong().id(SongId.generate(Clock.systemUTC())).build();
    stores.tx().inTransaction(() -> stores.songs().add(song));
    return CatalogItem.song(song.id());
  }

  protected CatalogItem storedAlbum() {
    Album album = anAlbum().id(AlbumId.generate(Clock.systemUTC())).build();
    stores.tx().inTransaction(() -> stores.albums().add(album));
    return CatalogItem.album(album.id());
  }

  protected static UserId someUser() {
    return new UserId(UUID.randomUUID());
  }

  protected static Rating rating(CatalogItem item, UserId author, int score, String comment) {
    return Rating.create(RatingId.generate(Clock.systemUTC()), item, author,
        new RatingDetails(new Score(score), comment), AT);
  }
}
