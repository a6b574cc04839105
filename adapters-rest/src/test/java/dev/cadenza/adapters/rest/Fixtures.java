package dev.cadenza.adapters.rest;

import static org.mockito.Mockito.mock;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.in.CreateAlbumUseCase;
import dev.cadenza.domain.music.port.in.CreateSongUseCase;
import dev.cadenza.domain.music.port.in.DeleteAlbumUseCase;
import dev.cadenza.domain.music.port.in.DeleteSongUseCase;
import dev.cadenza.domain.music.port.in.GetAlbumCoverUseCase;
import dev.cadenza.domain.music.port.in.GetAlbumUseCase;
import dev.cadenza.domain.music.port.in.GetSongUseCase;
import dev.cadenza.domain.music.port.in.ListAlbumSongsUseCase;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.RemoveAlbumCoverUseCase;
import dev.cadenza.domain.music.port.in.SearchAlbumsUseCase;
import dev.cadenza.domain.music.port.in.SearchSongsUseCase;
import dev.cadenza.domain.music.port.in.SetAlbumCoverUseCase;
import dev.cadenza.domain.music.port.in.UpdateAlbumUseCase;
import dev.cadenza.domain.music.port.in.UpdateSongUseCase;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Domain values and mocked use cases for the REST tests. */
public final class Fixtures {

  public static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.123456Z");
  public static final Instant UPDATED = Instant.parse("2026-01-03T04:05:06Z");
  public static final String SONG_ID = "01890a5d-ac96-774b-bcce-b302099a8057";
  public static final String ALBUM_ID = "01890a5d-ac96-774b-bcce-b302099a8058";

  private Fixtures() {
  }

  public static SongId songId() {
    return new SongId(UUID.fromString(SONG_ID));
  }

  public static AlbumId albumId() {
    return new AlbumId(UUID.fromString(ALBUM_ID));
  }

  public static Song song(long version) {
    return new Song(songId(), new SongDetails("So What", "Miles Davis", "Jazz", 1959, null, null), version, CREATED,
        UPDATED);
  }

  public static Song songOnAlbum(long version) {
    return new Song(songId(), new SongDetails("So What", "Miles Davis", "Jazz", 1959, 562, albumId()), version,
        CREATED, UPDATED);
  }

  public static AlbumView album(long version, long songCount) {
    return new AlbumView(new Album(albumId(), new AlbumDetails("Kind of Blue", "Miles Davis", 1959), Optional.empty(),
        version, CREATED, UPDATED), songCount);
  }

  /** Every music use case, mocked. */
  public static MusicCatalog mockedCatalog() {
    return new MusicCatalog(mock(CreateSongUseCase.class), mock(GetSongUseCase.class), mock(UpdateSongUseCase.class),
        mock(DeleteSongUseCase.class), mock(SearchSongsUseCase.class), mock(CreateAlbumUseCase.class),
        mock(GetAlbumUseCase.class), mock(UpdateAlbumUseCase.class), mock(DeleteAlbumUseCase.class),
        mock(SearchAlbumsUseCase.class), mock(ListAlbumSongsUseCase.class));
  }

  /** Every album cover use case, mocked. */
  public static AlbumCovers mockedCovers() {
    return new AlbumCovers(mock(SetAlbumCoverUseCase.class), mock(RemoveAlbumCoverUseCase.class),
        mock(GetAlbumCoverUseCase.class));
  }
}
