package dev.cadenza.adapters.cache;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.Chart;
import dev.cadenza.domain.ratings.model.ChartBy;
import dev.cadenza.domain.ratings.model.ChartEntry;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.ratings.model.ItemStats;
import dev.cadenza.domain.ratings.model.RatingSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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

  /** A named chart: kind, order, minimum number of ratings, ranks best first. */
  record ChartDoc(String k, String b, int m, List<ChartRow> rows) {
  }

  /** One rank: item id, rating count, rating sum, likes, title, performer. */
  record ChartRow(String id, long c, long s, long l, String t, String p) {
  }

  record FlagDoc(boolean on) {
  }

  record TotalDoc(long s) {
  }

  record SongPageDoc(List<SongDoc> items, String next, Long total) {
  }

  /** A playlist entry with its song: entry id, position, song id, added by, added at; title, performer, duration. */
  record EntryDoc(String id, int n, String s, String b, String a, String t, String p, Integer d) {
  }

  record EntryPageDoc(String playlist, List<EntryDoc> items, String next, Long total) {
  }

  static final Codec<Song> SONG = Codec.json(SongDoc.class, CacheDocuments::songDoc, CacheDocuments::song);

  private static SongDoc songDoc(Song s) {
    SongDetails d = s.details();
    return new SongDoc(s.id().toString(), d.title(), d.performer(), d.genre(), d.year(), d.durationSeconds(),
        d.albumId() == null ? null : d.albumId().toString(), s.version(), s.createdAt().toString(),
        s.updatedAt().toString());
  }

  private static Song song(SongDoc d) {
    return new Song(new SongId(UUID.fromString(d.id())),
        new SongDetails(d.t(), d.p(), d.g(), d.y(), d.d(), d.a() == null ? null : new AlbumId(UUID.fromString(d.a()))),
        d.v(), Instant.parse(d.c()), Instant.parse(d.u()));
  }

  /** A page of songs: the songs as {@link #SONG} writes them, the next cursor and the total. */
  static final Codec<Page<Song>> SONG_PAGE = Codec.json(SongPageDoc.class,
      p -> new SongPageDoc(p.items().stream().map(CacheDocuments::songDoc).toList(),
          p.next().map(Cursor::token).orElse(null), p.total().isPresent() ? p.total().getAsLong() : null),
      d -> new Page<>(d.items().stream().map(CacheDocuments::song).toList(),
          Optional.ofNullable(d.next()).map(Cursor::parse),
          d.total() == null ? OptionalLong.empty() : OptionalLong.of(d.total())));

  /** A page of one playlist's entries with their songs, the next cursor and the total. */
  static final Codec<Page<EntryView>> ENTRY_PAGE = Codec.json(EntryPageDoc.class,
      p -> new EntryPageDoc(p.items().isEmpty() ? null : p.items().get(0).entry().playlistId().toString(),
          p.items().stream().map(CacheDocuments::entryDoc).toList(), p.next().map(Cursor::token).orElse(null),
          p.total().isPresent() ? p.total().getAsLong() : null),
      d -> new Page<>(d.items().stream().map(e -> entry(new PlaylistId(UUID.fromString(d.playlist())), e)).toList(),
          Optional.ofNullable(d.next()).map(Cursor::parse),
          d.total() == null ? OptionalLong.empty() : OptionalLong.of(d.total())));

  private static EntryDoc entryDoc(EntryView v) {
    PlaylistEntry e = v.entry();
    SongSummary s = v.song();
    return new EntryDoc(e.id().toString(), e.position(), e.songId().toString(), e.addedBy().toString(),
        e.addedAt().toString(), s.title(), s.performer(), s.durationSeconds());
  }

  private static EntryView entry(PlaylistId playlist, EntryDoc d) {
    SongId song = new SongId(UUID.fromString(d.s()));
    return new EntryView(new PlaylistEntry(new EntryId(UUID.fromString(d.id())), playlist, song, d.n(),
        new UserId(UUID.fromString(d.b())), Instant.parse(d.a())), new SongSummary(song, d.t(), d.p(), d.d()));
  }

  /** A page request as a cache key part: limit, total or not, and the quoted cursor. */
  static String describe(PageRequest page) {
    String cursor = page.cursor().map(Cursor::token).orElse("");
    return page.limit() + "|" + page.includeTotal() + "|" + cursor.length() + ":" + cursor;
  }

  /**
   * A search as a cache key: every member of the filter, the order and the page, each quoted so that
   * no two searches share a key.
   */
  static String describe(SongFilter f, CatalogSort sort, PageRequest page) {
    StringBuilder b = new StringBuilder(sort.name()).append('|').append(describe(page));
    for (Object part : new Object[] {f.text(), f.title(), f.performer(), f.genre(), f.year(), f.albumId()}) {
      b.append('|');
      if (part != null) {
        String text = part.toString();
        b.append(text.length()).append(':').append(text);
      }
    }
    return b.toString();
  }

  /** A playlist: id, owner, name, description, visibility, entry count, version, created and updated at. */
  record PlaylistDoc(String id, String o, String n, String d, String vis, int e, long v, String c, String u) {
  }

  static final Codec<Playlist> PLAYLIST = Codec.json(PlaylistDoc.class,
      p -> new PlaylistDoc(p.id().toString(), p.owner().toString(), p.details().name(), p.details().description(),
          p.details().visibility().name(), p.entryCount(), p.version(), p.createdAt().toString(),
          p.updatedAt().toString()),
      d -> new Playlist(new PlaylistId(UUID.fromString(d.id())), new UserId(UUID.fromString(d.o())),
          new PlaylistDetails(d.n(), d.d(), Visibility.valueOf(d.vis())), d.e(), d.v(), Instant.parse(d.c()),
          Instant.parse(d.u())));

  /** One playlist of a member's list: which, and the member's role in it. */
  record MemberRef(PlaylistId playlist, PlaylistRole role) {
  }

  record MemberDoc(String id, String r) {
  }

  record MemberPageDoc(List<MemberDoc> items, String next) {
  }

  /** A page of a member's playlists as ids and roles, and the next cursor (never a total). */
  static final Codec<Page<MemberRef>> MEMBER_PAGE = Codec.json(MemberPageDoc.class,
      p -> new MemberPageDoc(p.items().stream().map(m -> new MemberDoc(m.playlist().toString(), m.role().name()))
          .toList(), p.next().map(Cursor::token).orElse(null)),
      d -> new Page<>(d.items().stream()
          .map(m -> new MemberRef(new PlaylistId(UUID.fromString(m.id())), PlaylistRole.valueOf(m.r()))).toList(),
          Optional.ofNullable(d.next()).map(Cursor::parse), OptionalLong.empty()));

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

  /** A chart with the names of its items; ranks are their order. */
  static final Codec<Chart> CHART = Codec.json(ChartDoc.class,
      c -> new ChartDoc(c.kind().name(), c.by().name(), c.minimumRatings(), c.entries().stream()
          .map(e -> new ChartRow(e.item().id().toString(), e.stats().rating().count(), e.stats().rating().sum(),
              e.stats().likes(), e.title(), e.performer())).toList()),
      CacheDocuments::chart);

  private static Chart chart(ChartDoc d) {
    ItemKind kind = ItemKind.valueOf(d.k());
    ChartBy by = ChartBy.valueOf(d.b());
    List<ChartEntry> entries = new ArrayList<>(d.rows().size());
    for (ChartRow r : d.rows()) {
      if (by == ChartBy.RATING && r.c() < d.m()) {
        throw new IllegalArgumentException("a rank below the chart's minimum: not a chart this service wrote");
      }
      entries.add(new ChartEntry(entries.size() + 1, new ItemStats(new CatalogItem(kind, UUID.fromString(r.id())),
          new RatingSummary(r.c(), r.s()), r.l()), r.t(), r.p()));
    }
    return new Chart(kind, by, d.m(), entries);
  }

  static final Codec<Boolean> FLAG = Codec.json(FlagDoc.class, FlagDoc::new, FlagDoc::on);

  /** A number: a playlist's total duration in seconds, how many songs an album has. */
  static final Codec<Long> NUMBER = Codec.json(TotalDoc.class, TotalDoc::new, d -> {
    if (d.s() < 0) {
      throw new IllegalArgumentException("a negative total: not one this service wrote");
    }
    return d.s();
  });
}
