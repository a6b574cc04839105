package dev.cadenza.bootstrap;

import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.SearchAlbumsQuery;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.PageRequest;
import java.util.List;

/** A small real-world catalog for trying the service out; loaded through the use cases. */
final class DemoCatalog {

  private record Track(String title, int seconds) {
  }

  private record Record(String title, String performer, int year, String genre, List<Track> tracks) {
  }

  private static final List<Record> RECORDS = List.of(
      new Record("Kind of Blue", "Miles Davis", 1959, "Jazz", List.of(
          new Track("So What", 562), new Track("Freddie Freeloader", 589), new Track("Blue in Green", 337),
          new Track("All Blues", 693), new Track("Flamenco Sketches", 566))),
      new Record("A Love Supreme", "John Coltrane", 1965, "Jazz", List.of(
          new Track("Acknowledgement", 473), new Track("Resolution", 440), new Track("Pursuance", 650),
          new Track("Psalm", 422))),
      new Record("Abbey Road", "The Beatles", 1969, "Rock", List.of(
          new Track("Come Together", 259), new Track("Something", 182), new Track("Here Comes the Sun", 185),
          new Track("Because", 165))),
      new Record("Blue", "Joni Mitchell", 1971, "Folk", List.of(
          new Track("All I Want", 214), new Track("River", 244), new Track("A Case of You", 262))),
      new Record("Songs in the Key of Life", "Stevie Wonder", 1976, "Soul", List.of(
          new Track("Sir Duke", 234), new Track("I Wish", 252), new Track("As", 428))));

  private DemoCatalog() {
  }

  /** Adds the demo albums and songs unless an album of the same title exists; returns songs added. */
  static int load(MusicCatalog catalog) {
    int added = 0;
    for (Record r : RECORDS) {
      boolean present = !catalog.searchAlbums().searchAlbums(new SearchAlbumsQuery(
          new AlbumFilter(null, r.title(), r.performer(), r.year()), CatalogSort.TITLE, PageRequest.first(1)))
          .items().isEmpty();
      if (present) {
        continue;
      }
      AlbumId album = catalog.createAlbum().createAlbum(new CreateAlbumCommand(Actor.system(),
          new AlbumDetails(r.title(), r.performer(), r.year()))).album().id();
      for (Track t : r.tracks()) {
        catalog.createSong().createSong(new CreateSongCommand(Actor.system(),
            new SongDetails(t.title(), r.performer(), r.genre(), r.year(), t.seconds(), album)));
        added++;
      }
    }
    return added;
  }
}
