package dev.cadenza.domain.music.model;

import dev.cadenza.domain.shared.model.Violations;

/** Which albums a search returns; see {@link SongFilter}. */
public record AlbumFilter(String text, String title, String performer, Integer year) {

  public AlbumFilter {
    Violations v = new Violations();
    text = v.text("q", text, false, CatalogRules.MAX_TITLE);
    title = v.text("title", title, false, CatalogRules.MAX_TITLE);
    performer = v.text("performer", performer, false, CatalogRules.MAX_PERFORMER);
    v.throwIfAny();
  }

  public static AlbumFilter all() {
    return new AlbumFilter(null, null, null, null);
  }
}
