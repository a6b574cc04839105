package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.playlists.model.TrackQuery;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@link SongReferences} over a {@link SongRepository} and its albums; nothing to lock in memory. */
public final class InMemorySongReferences implements SongReferences {

  private final SongRepository songs;
  private final AlbumRepository albums;

  public InMemorySongReferences(SongRepository songs, AlbumRepository albums) {
    this.songs = songs;
    this.albums = albums;
  }

  @Override
  public Map<SongId, String> albumTitles(Collection<SongId> ids) {
    Map<SongId, String> titles = new LinkedHashMap<>();
    for (SongId id : ids) {
      songs.findById(id).map(s -> s.details().albumId()).flatMap(albums::findById)
          .ifPresent(album -> titles.put(id, album.details().title()));
    }
    return titles;
  }

  @Override
  public Map<SongId, SongSummary> findForReference(Collection<SongId> ids) {
    Map<SongId, SongSummary> found = new LinkedHashMap<>();
    for (SongId id : ids) {
      songs.findById(id).ifPresent(s -> found.put(id, new SongSummary(s.id(), s.details().title(),
          s.details().performer(), s.details().durationSeconds())));
    }
    return found;
  }

  @Override
  public List<Optional<SongId>> match(List<TrackQuery> queries) {
    List<Song> all = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Song> page = songs.search(SongFilter.all(), CatalogSort.TITLE, request);
      all.addAll(page.items());
      if (page.next().isEmpty()) {
        break;
      }
      request = request.after(page.next().get());
    }
    all.sort(Comparator.comparing(s -> s.id().value()));
    List<Optional<SongId>> result = new ArrayList<>();
    for (TrackQuery q : queries) {
      String title = matchFold(q.title());
      String performer = matchFold(q.performer());
      result.add(all.stream()
          .filter(s -> matchFold(s.details().title()).equals(title) && matchFold(s.details().performer()).equals(performer))
          .map(Song::id)
          .findFirst());
    }
    return result;
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Lower case without accents (combining marks after NFD) and with runs of white space as one space. */
  public static String matchFold(String text) {
    String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
