package dev.cadenza.domain.music.model;

import dev.cadenza.domain.shared.model.Violations;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a song says about itself. Text is trimmed; every invalid value is reported at once.
 *
 * @param durationSeconds optional, 0..86400
 * @param albumId optional
 */
public record SongDetails(String title, String performer, String genre, Integer year,
                          Integer durationSeconds, AlbumId albumId) {

  public SongDetails {
    Violations v = new Violations();
    title = v.text("title", title, true, CatalogRules.MAX_TITLE);
    performer = v.text("performer", performer, true, CatalogRules.MAX_PERFORMER);
    genre = v.text("genre", genre, true, CatalogRules.MAX_GENRE);
    CatalogRules.year(v, year);
    v.range("durationSeconds", durationSeconds, false, 0, CatalogRules.MAX_DURATION_SECONDS);
    v.throwIfAny();
  }

  public SongDetails withAlbum(AlbumId album) {
    return new SongDetails(title, performer, genre, year, durationSeconds, album);
  }

  /** The values as the audit trail records them. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("performer", performer);
    m.put("genre", genre);
    m.put("year", year);
    m.put("durationSeconds", durationSeconds);
    m.put("albumId", albumId == null ? null : albumId.toString());
    return m;
  }
}
