package dev.cadenza.domain.music.model;

import dev.cadenza.domain.shared.model.Violations;

/**
 * Which songs a search returns; every {@code null} criterion matches everything. {@code text}
 * matches title or performer; {@code title} and {@code performer} are case-insensitive substrings;
 * {@code genre} is a case-insensitive exact match.
 */
public record SongFilter(String text, String title, String performer, String genre, Integer year, AlbumId albumId) {

  public SongFilter {
    Violations v = new Violations();
    text = v.text("q", text, false, CatalogRules.MAX_TITLE);
    title = v.text("title", title, false, CatalogRules.MAX_TITLE);
    performer = v.text("performer", performer, false, CatalogRules.MAX_PERFORMER);
    genre = v.text("genre", genre, false, CatalogRules.MAX_GENRE);
    v.throwIfAny();
  }

  public static SongFilter all() {
    return new SongFilter(null, null, null, null, null, null);
  }

  public static SongFilter onAlbum(AlbumId albumId) {
    return new SongFilter(null, null, null, null, null, albumId);
  }
}
