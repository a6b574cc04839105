package dev.cadenza.adapters.cache;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.model.RatingSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The adapter-private records the cache stores, and their codecs. Short member names keep values small. */
final class CacheDocuments {

  private CacheDocuments() {
  }

  record SongDoc(String id, String t, String p, String g, int y, Integer d, String a, long v, String c, String u) {
  }

  record AlbumDoc(String id, String t, String p, int y, String k, long v, String c, String u) {
  }

  /** Rating count, rating sum, likes. */
  record StatsDoc(long c, long s, long l) {
  }

  record ChartDoc(List<ChartRow> rows) {
  }

  record ChartRow(String id, long c, long s, long l) {
  }

  record FlagDoc(boolean on) {
  }

  static final Codec<Song> SONG = Codec.json(SongDoc.class,
      s -> {
        SongDetails d = s.details();
        return new SongDoc(s.id().toString(), d.title(), d.performer(), d.genre(), d.year(), d.durationSeconds(),
            d.albumId() == null ? null : d.albumId().toString(), s.version(), s.createdAt().toString(),
            s.updatedAt().toString());
      },
      d -> new Song(new SongId(UUID.fromString(d.id())),
          new SongDetails(d.t(), d.p(), d.g(), d.y(), d.d(), d.a() == null ? null : new AlbumId(UUID.fromString(d.a()))),
          d.v(), Instant.parse(d.c()), Instant.parse(d.u())));

  static final Codec<Album> ALBUM = Codec.json(AlbumDoc.class,
      a -> {
        AlbumDetails d = a.details();
        return new AlbumDoc(a.id().toString(), d.title(), d.performer(), d.year(), a.coverKey().orElse(null),
            a.version(), a.createdAt().toString(), a.updatedAt().toString());
      },
      d -> new Album(new AlbumId(UUID.fromString(d.id())), new AlbumDetails(d.t(), d.p(), d.y()),
          Optional.ofNullable(d.k()), d.v(), Instant.parse(d.c()), Instant.parse(d.u())));

  /** The figures of one item; the item itself is the key. */
  static Codec<ItemStats> stats(CatalogItem item) {
    return Codec.json(StatsDoc.class,
        s -> new StatsDoc(s.rating().count(), s.rating().sum(), s.likes()),
        d -> new ItemStats(item, new RatingSummary(d.c(), d.s()), d.l()));
  }

  static Codec<List<ItemStats>> chart(ItemKind kind) {
    return Codec.json(ChartDoc.class,
        list -> new ChartDoc(list.stream().map(s -> new ChartRow(s.item().id().toString(), s.rating().count(),
            s.rating().sum(), s.likes())).toList()),
        d -> d.rows().stream().map(r -> new ItemStats(new CatalogItem(kind, UUID.fromString(r.id())),
            new RatingSummary(r.c(), r.s()), r.l())).toList());
  }

  static final Codec<Boolean> FLAG = Codec.json(FlagDoc.class, FlagDoc::new, FlagDoc::on);
}
